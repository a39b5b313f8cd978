package org.observatory.downtime.portal;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Caffeine's time source read from the service's clock, so the cache ages with the clock the service is given. */
record ClockTicker(Clock clock) implements Ticker {

  ClockTicker {
    Objects.requireNonNull(clock, "clock");
  }

  @Override
  public long read() {
    // Nanoseconds since the epoch fit a long until 2262.
    return Duration.between(Instant.EPOCH, clock.instant()).toNanos();
  }
}
