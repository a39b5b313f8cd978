package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one delivery stands, as the admin pages and the API show it.
 *
 * @param deliveryId  the id receivers see in {@code X-Downtime-Delivery}
 * @param eventId     the change event's id (its cursor)
 * @param eventType   the change event's type
 * @param status      pending, delivered or given up
 * @param attempts    attempts made so far
 * @param queued      when it was queued
 * @param nextAttempt when it is tried next (pending only)
 * @param lastAttempt when it was last tried, if ever
 * @param lastOutcome what the last attempt got, if any
 */
public record WebhookDeliveryState(UUID deliveryId, long eventId, ChangeEvent.Type eventType, Status status,
                                   int attempts, Instant queued, Optional<Instant> nextAttempt,
                                   Optional<Instant> lastAttempt, Optional<WebhookOutcome> lastOutcome) {

  /** Where a delivery stands. */
  public enum Status {
    /** Waiting to be sent or retried. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Retried until {@code WEBHOOK_GIVE_UP_HOURS} passed; may be redelivered by hand. */
    GIVEN_UP
  }

  public WebhookDeliveryState {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(queued, "queued");
    Objects.requireNonNull(nextAttempt, "nextAttempt");
    Objects.requireNonNull(lastAttempt, "lastAttempt");
    Objects.requireNonNull(lastOutcome, "lastOutcome");
  }
}
