package org.observatory.downtime.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A subscription with how its deliveries stand.
 *
 * @param subscription the subscription
 * @param backlog      deliveries still pending
 * @param recent       the latest deliveries, newest first
 */
public record WebhookReport(WebhookSubscription subscription, long backlog, List<WebhookDeliveryState> recent) {

  public WebhookReport {
    Objects.requireNonNull(subscription, "subscription");
    recent = List.copyOf(recent);
  }
}
