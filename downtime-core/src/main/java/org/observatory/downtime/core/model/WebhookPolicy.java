package org.observatory.downtime.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed webhook deliveries are retried: exponential backoff from {@code retryBase}, doubled per attempt up to
 * {@link #MAX_BACKOFF}, each wait drawn at random between half and all of it (jitter), until {@code giveUp} after
 * the delivery was queued.
 *
 * @param retryBase the first wait ({@code WEBHOOK_RETRY_BASE_SECONDS})
 * @param giveUp    how long a delivery is retried ({@code WEBHOOK_GIVE_UP_HOURS})
 */
public record WebhookPolicy(Duration retryBase, Duration giveUp) {

  /** The longest wait between two attempts. */
  public static final Duration MAX_BACKOFF = Duration.ofHours(6);

  /** One minute, doubled per attempt; given up after a day. */
  public static final WebhookPolicy DEFAULT = new WebhookPolicy(Duration.ofSeconds(60), Duration.ofHours(24));

  public WebhookPolicy {
    Objects.requireNonNull(retryBase, "retryBase");
    Objects.requireNonNull(giveUp, "giveUp");
    if (retryBase.isNegative() || retryBase.isZero()) {
      throw new IllegalArgumentException("retryBase must be positive, was " + retryBase);
    }
    if (giveUp.isNegative() || giveUp.isZero()) {
      throw new IllegalArgumentException("giveUp must be positive, was " + giveUp);
    }
  }

  /**
   * The longest wait after a delivery's {@code attempts}-th failed attempt (1 for the first): the base doubled
   * {@code attempts - 1} times, at most {@link #MAX_BACKOFF}.
   */
  public Duration backoff(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration wait = retryBase.multipliedBy(1L << Math.min(doublings, 20));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }
}
