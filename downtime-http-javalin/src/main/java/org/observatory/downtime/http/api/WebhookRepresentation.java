package org.observatory.downtime.http.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.WebhookDeliveryState;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookReport;
import org.observatory.downtime.core.model.WebhookSubscription;

/** The API representation of webhook subscriptions and their deliveries; the secret is never in it. */
final class WebhookRepresentation {

  private WebhookRepresentation() {
  }

  /** A subscription with its backlog, and its latest attempted deliveries when {@code withRecent}. */
  static Map<String, Object> report(WebhookReport report, boolean withRecent) {
    Map<String, Object> answer = subscription(report.subscription());
    answer.put("backlog", report.backlog());
    if (withRecent) {
      answer.put("recent", report.recent().stream().map(WebhookRepresentation::delivery).toList());
    }
    return answer;
  }

  /** A subscription as stored: {@code has_secret} stands for the secret, which is write-only. */
  static Map<String, Object> subscription(WebhookSubscription subscription) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", subscription.id());
    answer.put("url", subscription.url());
    answer.put("has_secret", true);
    answer.put("site", subscription.filter().site().orElse(null));
    answer.put("telescope", subscription.filter().telescope().orElse(null));
    answer.put("category", subscription.filter().category().orElse(null));
    answer.put("event_types", subscription.filter().types().stream().sorted().map(ChangeEvent.Type::wireName)
        .toList());
    answer.put("active", subscription.active());
    answer.put("created", Timestamps.format(subscription.created()));
    answer.put("created_by", subscription.createdBy());
    return answer;
  }

  static Map<String, Object> delivery(WebhookDeliveryState state) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("delivery", state.deliveryId().toString());
    answer.put("event", state.eventId());
    answer.put("event_type", state.eventType().wireName());
    answer.put("status", state.status().name().toLowerCase(Locale.ROOT));
    answer.put("attempts", state.attempts());
    answer.put("queued", Timestamps.format(state.queued()));
    answer.put("next_attempt", state.nextAttempt().map(Timestamps::format).orElse(null));
    answer.put("last_attempt", state.lastAttempt().map(Timestamps::format).orElse(null));
    answer.put("last_status", state.lastOutcome().map(WebhookOutcome::status).orElse(null));
    answer.put("last_error", state.lastOutcome().map(WebhookOutcome::error).orElse(null));
    return answer;
  }

  /** What a test delivery got. */
  static Map<String, Object> outcome(WebhookOutcome outcome) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("delivered", outcome.delivered());
    answer.put("status", outcome.status());
    answer.put("error", outcome.error());
    return answer;
  }
}
