package org.observatory.downtime.core.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.observatory.downtime.core.model.WebhookDelivery;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookPolicy;
import org.observatory.downtime.core.port.in.DeliverWebhooksUseCase;
import org.observatory.downtime.core.port.out.ChangeEventFormat;
import org.observatory.downtime.core.port.out.WebhookOutbox;
import org.observatory.downtime.core.port.out.WebhookSender;
import org.observatory.downtime.core.port.out.WebhookSubscriptions;

/** Posts claimed deliveries, signed, and retries failures with exponential backoff and jitter until given up. */
final class WebhookDeliveryService implements DeliverWebhooksUseCase {

  /** How long a claim holds: well over one attempt. */
  static final Duration LEASE = Duration.ofSeconds(60);
  /** The longest one attempt takes (the sender's whole-call timeout). */
  static final Duration ATTEMPT = Duration.ofSeconds(25);

  private final WebhookOutbox outbox;
  private final WebhookSubscriptions subscriptions;
  private final WebhookSender sender;
  private final ChangeEventFormat format;
  private final WebhookPolicy policy;
  private final Clock clock;

  WebhookDeliveryService(WebhookOutbox outbox, WebhookSubscriptions subscriptions, WebhookSender sender,
                         ChangeEventFormat format, WebhookPolicy policy, Clock clock) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.format = Objects.requireNonNull(format, "format");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<WebhookDelivery> claimDue(int subscriptions, int perSubscription) {
    return outbox.claimDue(clock.instant(), LEASE, ATTEMPT, Math.max(1, subscriptions), Math.max(1, perSubscription));
  }

  @Override
  public void release(List<WebhookDelivery> deliveries) {
    if (!deliveries.isEmpty()) {
      outbox.release(deliveries);
    }
  }

  @Override
  public Result deliver(WebhookDelivery delivery) {
    byte[] body = format.json(delivery.event());
    WebhookOutcome outcome = sender.post(delivery.url(), headers(delivery.event().type().wireName(),
        delivery.deliveryId().toString(), delivery.secret(), body), body);
    Instant now = clock.instant();
    if (outcome.delivered()) {
      outbox.settle(delivery, outcome, now, null, false);
      return Result.DELIVERED;
    }
    Instant deadline = delivery.queued().plus(policy.giveUp());
    if (!now.isBefore(deadline)) {
      outbox.settle(delivery, outcome, now, null, true);
      return Result.GIVEN_UP;
    }
    Instant next = now.plus(jittered(policy.backoff(delivery.attempts() + 1)));
    // The last attempt is made at the deadline rather than skipped.
    outbox.settle(delivery, outcome, now, next.isAfter(deadline) ? deadline : next, false);
    return Result.RETRYING;
  }

  @Override
  public long backlog() {
    return subscriptions.backlog();
  }

  /** The headers of every delivery: the event type, the delivery id and the body's signature. */
  static Map<String, String> headers(String eventType, String deliveryId, String secret, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Downtime-Event", eventType);
    headers.put("X-Downtime-Delivery", deliveryId);
    headers.put(WebhookSignature.HEADER, WebhookSignature.of(secret, body));
    return headers;
  }

  // Several workers deliver at once, hence the thread-local generator. Between half and all of the backoff, so receivers coming back are not hit by every sender at the same moment.
  private Duration jittered(Duration backoff) {
    long millis = Math.max(1, backoff.toMillis());
    return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis - millis / 2 + 1));
  }
}
