package org.observatory.downtime.core.service;

import java.time.Clock;
import java.util.Objects;
import org.observatory.downtime.core.model.WebhookPolicy;
import org.observatory.downtime.core.port.in.DeliverWebhooksUseCase;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import org.observatory.downtime.core.port.out.ChangeEventFormat;
import org.observatory.downtime.core.port.out.WebhookOutbox;
import org.observatory.downtime.core.port.out.WebhookSender;
import org.observatory.downtime.core.port.out.WebhookSubscriptions;

/**
 * The webhook use cases of the core, built on their driven ports: managing subscriptions (staff) and delivering the
 * queued events (the background worker).
 *
 * @param manage  staff managing subscriptions
 * @param deliver the worker sending what is due
 */
public record WebhookServices(ManageWebhooksUseCase manage, DeliverWebhooksUseCase deliver) {

  public WebhookServices {
    Objects.requireNonNull(manage, "manage");
    Objects.requireNonNull(deliver, "deliver");
  }

  /**
   * Builds both use cases.
   *
   * @param subscriptions where subscriptions and their deliveries' states are stored
   * @param outbox        the queued deliveries (filled by the stores in each change's transaction)
   * @param sender        posts deliveries and checks receivers' addresses
   * @param format        writes events as the change feed does
   * @param policy        retry backoff and giving up
   * @param clock         the time attempts are made at
   */
  public static WebhookServices create(WebhookSubscriptions subscriptions, WebhookOutbox outbox, WebhookSender sender,
                                       ChangeEventFormat format, WebhookPolicy policy, Clock clock) {
    return new WebhookServices(new WebhookService(subscriptions, sender, clock),
        new WebhookDeliveryService(outbox, subscriptions, sender, format, policy, clock));
  }
}
