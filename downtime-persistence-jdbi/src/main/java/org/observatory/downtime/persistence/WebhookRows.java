package org.observatory.downtime.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.WebhookDeliveryState;
import org.observatory.downtime.core.model.WebhookFilter;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookSubscription;

/** The fixed statements on the webhook tables, and the queueing of deliveries in each change's transaction. */
final class WebhookRows {

  static final String SUBSCRIPTION_COLUMNS = "id, url, site, telescope, category, event_types, active, created_us, "
      + "created_by";

  static final RowMapper<WebhookSubscription> SUBSCRIPTION = (rs, ctx) -> new WebhookSubscription(
      rs.getLong("id"),
      rs.getString("url"),
      new WebhookFilter(Optional.ofNullable(rs.getString("site")), Optional.ofNullable(rs.getString("telescope")),
          Optional.ofNullable(rs.getString("category")), types(rs.getString("event_types"))),
      rs.getBoolean("active"),
      Micros.toInstant(rs.getLong("created_us")),
      rs.getString("created_by"));

  static final RowMapper<WebhookDeliveryState> STATE = (rs, ctx) -> {
    long lastAttempt = rs.getLong("last_attempt_us");
    boolean attempted = !rs.wasNull();
    WebhookDeliveryState.Status status = WebhookDeliveryState.Status.valueOf(rs.getString("status"));
    return new WebhookDeliveryState(
        UUID.fromString(rs.getString("delivery_id")),
        rs.getLong("event_id"),
        ChangeEvent.Type.valueOf(rs.getString("type")),
        status,
        rs.getInt("attempts"),
        Micros.toInstant(rs.getLong("queued_us")),
        status == WebhookDeliveryState.Status.PENDING
            ? Optional.of(Micros.toInstant(rs.getLong("next_attempt_us"))) : Optional.empty(),
        attempted ? Optional.of(Micros.toInstant(lastAttempt)) : Optional.empty(),
        attempted ? Optional.of(new WebhookOutcome(rs.getInt("last_status"),
            Optional.ofNullable(rs.getString("last_error")).orElse(""))) : Optional.empty());
  };

  private WebhookRows() {
  }

  /**
   * Queues the event for every active subscription whose filter it matches (inside the transaction that records
   * it), each delivery with a new delivery id, due at once.
   */
  static void queue(Handle handle, ChangeEvent event) {
    List<WebhookSubscription> active = handle.createQuery("SELECT " + SUBSCRIPTION_COLUMNS
            + " FROM webhook_subscription WHERE active = :active ORDER BY id")
        .bind("active", true).map(SUBSCRIPTION).list();
    long at = Micros.of(event.time());
    for (WebhookSubscription subscription : active) {
      if (subscription.filter().matches(event)) {
        handle.createUpdate("INSERT INTO webhook_delivery (subscription_id, event_id, delivery_id, status, attempts, "
                + "queued_us, next_attempt_us) VALUES (:subscription, :event, :delivery, 'PENDING', 0, :at, :at)")
            .bind("subscription", subscription.id())
            .bind("event", event.id())
            .bind("delivery", UUID.randomUUID().toString())
            .bind("at", at)
            .execute();
      }
    }
  }

  /**
   * After the change events up to {@code lastEvent} were pruned: their settled deliveries go, and a still pending
   * one (its subscription inactive all that time) is given up, as it can no longer be sent.
   */
  static void pruned(Handle handle, long lastEvent) {
    handle.createUpdate("DELETE FROM webhook_delivery WHERE event_id <= :last AND status <> 'PENDING'")
        .bind("last", lastEvent).execute();
    handle.createUpdate("UPDATE webhook_delivery SET status = 'GIVEN_UP', last_error = :error, claim = NULL, "
            + "claimed_until_us = NULL WHERE event_id <= :last AND status = 'PENDING'")
        .bind("error", "the event was pruned from the change feed before it could be delivered")
        .bind("last", lastEvent).execute();
  }

  /** The stored form of a set of event types: their names, comma-separated; {@code ""} for every type. */
  static String types(Set<ChangeEvent.Type> types) {
    return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  private static Set<ChangeEvent.Type> types(String stored) {
    if (stored == null || stored.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(stored.split(",")).map(ChangeEvent.Type::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChangeEvent.Type.class)));
  }
}
