package org.observatory.downtime.app;

import org.observatory.downtime.http.api.ChangeStreamSettings;

/**
 * The live change stream's settings ({@code GET /api/changes/stream}).
 *
 * @param maxClients {@code STREAM_MAX_CLIENTS}: most streams open at once on one instance (1 to 10 000, default 200);
 *                   each holds one of the server's threads, which are added to the pool for them
 */
public record StreamConfig(int maxClients) {

  public StreamConfig {
    if (maxClients < 1) {
      throw new IllegalArgumentException("maxClients must be positive, was " + maxClients);
    }
  }

  /** {@code STREAM_MAX_CLIENTS}, checked. */
  static StreamConfig read(EnvironmentReader env) {
    return new StreamConfig(env.integer("STREAM_MAX_CLIENTS", ChangeStreamSettings.DEFAULT_MAX_CLIENTS, 1, 10_000));
  }

  /** The settings in the HTTP adapter's terms (heartbeat and polling at their defaults). */
  public ChangeStreamSettings http() {
    return ChangeStreamSettings.withMaxClients(maxClients);
  }
}
