package org.observatory.downtime.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.observatory.downtime.core.model.WebhookDelivery;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.port.out.WebhookOutbox;

/**
 * The {@link WebhookOutbox} in the downtime database. Claims are short transactions that set a lease
 * ({@code claimed_until_us}); no transaction is held while a delivery is posted. On PostgreSQL the claiming query
 * locks its rows {@code FOR UPDATE SKIP LOCKED}, so instances claiming at once skip each other's rows instead of
 * waiting or claiming them twice; on SQLite the one write connection serialises claims. Obtain one from
 * {@link JdbiPersistence}.
 */
public final class JdbiWebhookOutbox implements WebhookOutbox {

  // The oldest pending delivery of each active subscription, due and unclaimed: only a subscription's oldest one,
  // so a failing delivery holds back the later ones of its subscription and no other.
  private static final String DUE = "SELECT d.id, d.subscription_id FROM webhook_delivery d "
      + "JOIN webhook_subscription s ON s.id = d.subscription_id "
      + "WHERE d.status = 'PENDING' AND s.active = :active AND d.next_attempt_us <= :now "
      + "AND (d.claimed_until_us IS NULL OR d.claimed_until_us < :now) "
      + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery o WHERE o.subscription_id = d.subscription_id "
      + "AND o.status = 'PENDING' AND o.id < d.id) "
      + "ORDER BY d.next_attempt_us, d.id LIMIT :limit";

  private static final RowMapper<WebhookDelivery> CLAIMED = (rs, ctx) -> new WebhookDelivery(
      UUID.fromString(rs.getString("delivery_id")),
      rs.getLong("subscription_id"),
      rs.getString("url"),
      rs.getString("secret"),
      ChangeRows.MAPPER.map(rs, ctx),
      rs.getInt("attempts"),
      Micros.toInstant(rs.getLong("queued_us")),
      rs.getString("claim"));

  private final Transactions transactions;

  // A delivery row's id with one more number: its subscription's id, or its next attempt's time.
  private record Head(long id, long value) {
  }

  JdbiWebhookOutbox(Transactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public List<WebhookDelivery> claimDue(Instant now, Duration lease, Duration attempt, int subscriptions,
                                        int perSubscription) {
    if (subscriptions < 1 || perSubscription < 1) {
      throw new IllegalArgumentException("claim at least one delivery of one subscription");
    }
    long nowMicros = Micros.of(now);
    String claim = UUID.randomUUID().toString();
    boolean postgres = transactions.dialect() == Dialect.POSTGRESQL;
    String due = postgres ? DUE + " FOR UPDATE OF d SKIP LOCKED" : DUE;
    return transactions.update(handle -> {
      List<Head> heads = handle.createQuery(due).bind("active", true).bind("now", nowMicros)
          .bind("limit", (long) subscriptions)
          .map((rs, ctx) -> new Head(rs.getLong("id"), rs.getLong("subscription_id"))).list();
      if (heads.isEmpty()) {
        return List.of();
      }
      for (Head head : heads) {
        // The rows after a claimed head: no one else claims them while the head is claimed. Each is leased one
        // attempt longer than the one before it, as it is sent after it.
        List<Head> rows = handle.createQuery("SELECT id, next_attempt_us FROM webhook_delivery "
                + "WHERE subscription_id = :subscription AND status = 'PENDING' AND id >= :head ORDER BY id "
                + "LIMIT :limit" + (postgres ? " FOR UPDATE" : ""))
            .bind("subscription", head.value()).bind("head", head.id())
            .bind("limit", (long) perSubscription)
            .map((rs, ctx) -> new Head(rs.getLong("id"), rs.getLong("next_attempt_us"))).list();
        long until = nowMicros + lease.toNanos() / 1000;
        for (Head row : rows) {
          // A later one waiting for its own retry (it failed before a redelivered one went ahead of it) ends the run.
          if (row.value() > nowMicros) {
            break;
          }
          long id = row.id();
          handle.createUpdate("UPDATE webhook_delivery SET claim = :claim, claimed_until_us = :until WHERE id = :id")
              .bind("claim", claim).bind("until", until).bind("id", id).execute();
          until += attempt.toNanos() / 1000;
        }
      }
      return handle.createQuery("SELECT d.delivery_id, d.subscription_id, s.url, s.secret, d.attempts, d.queued_us, "
              + "d.claim, e.id, e.type, e.actor, e.at_us, e.before_json, e.after_json FROM webhook_delivery d "
              + "JOIN webhook_subscription s ON s.id = d.subscription_id JOIN change_event e ON e.id = d.event_id "
              + "WHERE d.claim = :claim ORDER BY d.id")
          .bind("claim", claim).map(CLAIMED).list();
    });
  }

  @Override
  public void release(List<WebhookDelivery> deliveries) {
    transactions.update(handle -> {
      for (WebhookDelivery delivery : deliveries) {
        handle.createUpdate("UPDATE webhook_delivery SET claim = NULL, claimed_until_us = NULL "
                + "WHERE delivery_id = :delivery AND claim = :claim")
            .bind("delivery", delivery.deliveryId().toString()).bind("claim", delivery.claim()).execute();
      }
      return null;
    });
  }

  @Override
  public void settle(WebhookDelivery delivery, WebhookOutcome outcome, Instant at, Instant nextAttempt,
                     boolean givenUp) {
    String status = outcome.delivered() ? "DELIVERED" : givenUp ? "GIVEN_UP" : "PENDING";
    if (status.equals("PENDING") && nextAttempt == null) {
      throw new IllegalArgumentException("a delivery retried needs its next attempt's time");
    }
    transactions.update(handle -> handle.createUpdate("UPDATE webhook_delivery SET status = :status, "
            + "attempts = attempts + 1, last_attempt_us = :at, last_status = :last_status, last_error = :last_error, "
            + "next_attempt_us = :next, claim = NULL, claimed_until_us = NULL "
            + "WHERE delivery_id = :delivery AND claim = :claim")
        .bind("status", status)
        .bind("at", Micros.of(at))
        .bind("last_status", outcome.status())
        .bind("last_error", outcome.error())
        .bind("next", nextAttempt == null ? Micros.of(at) : Micros.of(nextAttempt))
        .bind("delivery", delivery.deliveryId().toString())
        .bind("claim", delivery.claim())
        .execute());
  }
}
