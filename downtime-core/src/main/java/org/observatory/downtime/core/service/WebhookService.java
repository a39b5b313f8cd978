package org.observatory.downtime.core.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookReport;
import org.observatory.downtime.core.model.WebhookSubscription;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import org.observatory.downtime.core.port.out.WebhookSender;
import org.observatory.downtime.core.port.out.WebhookSubscriptions;

/** Webhook subscriptions, managed by staff only; each draft checked by {@link WebhookRules}. */
final class WebhookService implements ManageWebhooksUseCase {

  private final WebhookSubscriptions subscriptions;
  private final WebhookSender sender;
  private final Clock clock;

  WebhookService(WebhookSubscriptions subscriptions, WebhookSender sender, Clock clock) {
    this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<WebhookReport> list(User user) {
    checkStaff(user);
    return subscriptions.list().stream().map(this::report).toList();
  }

  @Override
  public WebhookReport get(User user, long id) {
    checkStaff(user);
    return report(existing(id));
  }

  @Override
  public WebhookSubscription create(User user, WebhookDraft draft) {
    checkStaff(user);
    WebhookRules.check(draft, true, sender);
    return subscriptions.create(draft, user.username());
  }

  @Override
  public WebhookSubscription update(User user, long id, WebhookDraft draft) {
    checkStaff(user);
    existing(id);
    WebhookRules.check(draft, false, sender);
    return subscriptions.update(id, draft).orElseThrow(() -> notFound(id));
  }

  @Override
  public void delete(User user, long id) {
    checkStaff(user);
    if (!subscriptions.delete(id)) {
      throw notFound(id);
    }
  }

  @Override
  public void redeliver(User user, long id, UUID deliveryId) {
    checkStaff(user);
    existing(id);
    if (!subscriptions.redeliver(id, deliveryId)) {
      throw new NotFoundException("Webhook subscription " + id + " has no delivery " + deliveryId);
    }
  }

  @Override
  public WebhookOutcome test(User user, long id) {
    checkStaff(user);
    WebhookSubscription subscription = existing(id);
    String secret = subscriptions.secret(id).orElseThrow(() -> notFound(id));
    // A fixed shape with no text from users, so it is written here rather than by the event format.
    byte[] body = ("{\"type\":\"webhook.ping\",\"subscription\":" + id + ",\"time\":\""
        + Timestamps.format(clock.instant()) + "\"}").getBytes(StandardCharsets.UTF_8);
    return sender.post(subscription.url(), WebhookDeliveryService.headers("webhook.ping",
        UUID.randomUUID().toString(), secret, body), body);
  }

  private WebhookReport report(WebhookSubscription subscription) {
    return new WebhookReport(subscription, subscriptions.backlog(subscription.id()),
        subscriptions.recent(subscription.id(), RECENT));
  }

  private WebhookSubscription existing(long id) {
    return subscriptions.find(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("No webhook subscription with id " + id);
  }

  private static void checkStaff(User user) {
    if (!Objects.requireNonNull(user, "user").privileged()) {
      throw new PermissionDeniedException(WritePolicy.DENIED);
    }
  }
}
