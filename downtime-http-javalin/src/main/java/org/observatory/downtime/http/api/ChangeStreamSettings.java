package org.observatory.downtime.http.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How the live change stream ({@code GET /api/changes/stream}) is served.
 *
 * @param maxClients   most streams open at once on this instance ({@code STREAM_MAX_CLIENTS}); one more is answered 503
 * @param heartbeat    how often a comment line is sent to keep proxies and idle timeouts from closing a quiet stream
 * @param pollInterval how often the change log is read for new events (writes through this instance are read at once)
 */
public record ChangeStreamSettings(int maxClients, Duration heartbeat, Duration pollInterval) {

  /** The default {@code STREAM_MAX_CLIENTS}. */
  public static final int DEFAULT_MAX_CLIENTS = 200;

  /** 200 streams, a heartbeat every 15 s, the log read every second. */
  public static final ChangeStreamSettings DEFAULTS =
      new ChangeStreamSettings(DEFAULT_MAX_CLIENTS, Duration.ofSeconds(15), Duration.ofSeconds(1));

  public ChangeStreamSettings {
    if (maxClients < 1) {
      throw new IllegalArgumentException("maxClients must be positive, was " + maxClients);
    }
    Objects.requireNonNull(heartbeat, "heartbeat");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (heartbeat.isNegative() || heartbeat.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("heartbeat and pollInterval must be positive, were " + heartbeat + " and "
          + pollInterval);
    }
  }
}
