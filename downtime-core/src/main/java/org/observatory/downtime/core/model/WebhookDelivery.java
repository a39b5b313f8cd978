package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One queued event for one subscription, claimed by this instance for sending.
 *
 * @param deliveryId     the id receivers see in {@code X-Downtime-Delivery}: the same on every attempt
 * @param subscriptionId the subscription it is for
 * @param url            where it goes
 * @param secret         the subscription's signing key (never shown: {@link #toString()} leaves it out)
 * @param event          what is sent
 * @param attempts       attempts made before this one
 * @param queued         when it was queued (with its change)
 * @param claim          the claim this instance holds; an outcome is recorded only under it
 */
public record WebhookDelivery(UUID deliveryId, long subscriptionId, String url, String secret, ChangeEvent event,
                              int attempts, Instant queued, String claim) {

  public WebhookDelivery {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(queued, "queued");
    Objects.requireNonNull(claim, "claim");
  }

  @Override
  public String toString() {
    return "WebhookDelivery[" + deliveryId + " of subscription " + subscriptionId + ", event " + event.id() + " to "
        + url + ", attempt " + (attempts + 1) + "]";
  }
}
