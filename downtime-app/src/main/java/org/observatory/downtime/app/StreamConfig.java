package org.observatory.downtime.app;

import java.time.Duration;
import java.util.Objects;
import org.observatory.downtime.http.api.ChangeStreamSettings;

/**
 * The live change stream's settings ({@code GET /api/changes/stream}).
 *
 * @param maxClients {@code STREAM_MAX_CLIENTS}: most streams open at once on one instance (1 to 10 000, default 200);
 *                   each holds one of the server's threads, which are added to the pool for them
 * @param heartbeat  {@code STREAM_HEARTBEAT_SECONDS}: how often a quiet stream gets a comment line (1 to 300 s,
 *                   default 15), below the idle timeouts of the proxies in front
 */
public record StreamConfig(int maxClients, Duration heartbeat) {

  public StreamConfig {
    if (maxClients < 1) {
      throw new IllegalArgumentException("maxClients must be positive, was " + maxClients);
    }
    Objects.requireNonNull(heartbeat, "heartbeat");
  }

  /** {@code STREAM_MAX_CLIENTS} and {@code STREAM_HEARTBEAT_SECONDS}, checked. */
  static StreamConfig read(EnvironmentReader env) {
    return new StreamConfig(env.integer("STREAM_MAX_CLIENTS", ChangeStreamSettings.DEFAULT_MAX_CLIENTS, 1, 10_000),
        Duration.ofSeconds(env.integer("STREAM_HEARTBEAT_SECONDS",
            (int) ChangeStreamSettings.DEFAULTS.heartbeat().toSeconds(), 1, 300)));
  }

  /** The settings in the HTTP adapter's terms (the log is read at its default interval). */
  public ChangeStreamSettings http() {
    return new ChangeStreamSettings(maxClients, heartbeat, ChangeStreamSettings.DEFAULTS.pollInterval());
  }
}
