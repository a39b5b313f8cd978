package org.observatory.downtime.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.WebhookDeliveryState;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookSubscription;
import org.observatory.downtime.core.port.out.WebhookSubscriptions;

/**
 * The {@link WebhookSubscriptions} in the downtime database; deliveries are queued for them by the change stores in
 * each change's transaction. Obtain one from {@link JdbiPersistence}.
 */
public final class JdbiWebhookSubscriptions implements WebhookSubscriptions {

  private static final String STATE_COLUMNS = "d.delivery_id, d.event_id, d.status, d.attempts, d.queued_us, "
      + "d.next_attempt_us, d.last_attempt_us, d.last_status, d.last_error, e.type";

  private final Transactions transactions;
  private final Clock clock;

  JdbiWebhookSubscriptions(Transactions transactions, Clock clock) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<WebhookSubscription> list() {
    return transactions.read(handle -> handle.createQuery("SELECT " + WebhookRows.SUBSCRIPTION_COLUMNS
        + " FROM webhook_subscription ORDER BY id").map(WebhookRows.SUBSCRIPTION).list());
  }

  @Override
  public Optional<WebhookSubscription> find(long id) {
    return transactions.read(handle -> find(handle, id));
  }

  @Override
  public Optional<String> secret(long id) {
    return transactions.read(handle -> handle.createQuery("SELECT secret FROM webhook_subscription WHERE id = :id")
        .bind("id", id).mapTo(String.class).findOne());
  }

  @Override
  public WebhookSubscription create(WebhookDraft draft, String createdBy) {
    long now = Micros.of(Timestamps.truncate(clock.instant()));
    return transactions.update(handle -> {
      long id = filter(handle.createQuery("INSERT INTO webhook_subscription (url, secret, site, telescope, category, "
              + "event_types, active, created_us, created_by) VALUES (:url, :secret, :site, :telescope, :category, "
              + ":event_types, :active, :created, :created_by) RETURNING id"), draft)
          .bind("url", draft.url().strip())
          .bind("secret", draft.secret().orElseThrow())
          .bind("created", now)
          .bind("created_by", createdBy)
          .mapTo(Long.class).one();
      return find(handle, id).orElseThrow();
    });
  }

  @Override
  public Optional<WebhookSubscription> update(long id, WebhookDraft draft) {
    return transactions.update(handle -> {
      Update update = handle.createUpdate("UPDATE webhook_subscription SET url = :url, site = :site, "
          + "telescope = :telescope, category = :category, event_types = :event_types, active = :active"
          + (draft.secret().isPresent() ? ", secret = :secret" : "") + " WHERE id = :id");
      filter(update, draft).bind("url", draft.url().strip()).bind("id", id);
      draft.secret().ifPresent(secret -> update.bind("secret", secret));
      return update.execute() == 0 ? Optional.<WebhookSubscription>empty() : find(handle, id);
    });
  }

  @Override
  public boolean delete(long id) {
    return transactions.update(handle -> {
      // Explicitly, as SQLite enforces no foreign keys unless asked to.
      handle.createUpdate("DELETE FROM webhook_delivery WHERE subscription_id = :id").bind("id", id).execute();
      return handle.createUpdate("DELETE FROM webhook_subscription WHERE id = :id").bind("id", id).execute() > 0;
    });
  }

  @Override
  public long backlog(long id) {
    return transactions.read(handle -> handle.createQuery("SELECT COUNT(*) FROM webhook_delivery "
        + "WHERE subscription_id = :id AND status = 'PENDING'").bind("id", id).mapTo(Long.class).one());
  }

  @Override
  public long backlog() {
    return transactions.read(handle -> handle.createQuery("SELECT COUNT(*) FROM webhook_delivery "
        + "WHERE status = 'PENDING'").mapTo(Long.class).one());
  }

  @Override
  public List<WebhookDeliveryState> recent(long id, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return transactions.read(handle -> handle.createQuery("SELECT " + STATE_COLUMNS + " FROM webhook_delivery d "
            + "JOIN change_event e ON e.id = d.event_id WHERE d.subscription_id = :id "
            + "AND d.last_attempt_us IS NOT NULL ORDER BY d.last_attempt_us DESC, d.id DESC LIMIT :limit")
        .bind("id", id).bind("limit", (long) limit).map(WebhookRows.STATE).list());
  }

  @Override
  public boolean redeliver(long id, UUID deliveryId) {
    long now = Micros.of(clock.instant());
    return transactions.update(handle -> handle.createUpdate("UPDATE webhook_delivery SET status = 'PENDING', "
            + "attempts = CASE WHEN status = 'PENDING' THEN attempts ELSE 0 END, queued_us = :now, "
            + "next_attempt_us = :now WHERE subscription_id = :id AND delivery_id = :delivery")
        .bind("now", now).bind("id", id).bind("delivery", deliveryId.toString()).execute() > 0);
  }

  private static Optional<WebhookSubscription> find(Handle handle, long id) {
    return handle.createQuery("SELECT " + WebhookRows.SUBSCRIPTION_COLUMNS + " FROM webhook_subscription "
        + "WHERE id = :id").bind("id", id).map(WebhookRows.SUBSCRIPTION).findOne();
  }

  private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S filter(S statement, WebhookDraft draft) {
    return statement
        .bind("site", draft.filter().site().orElse(null))
        .bind("telescope", draft.filter().telescope().orElse(null))
        .bind("category", draft.filter().category().orElse(null))
        .bind("event_types", WebhookRows.types(draft.filter().types()))
        .bind("active", draft.active());
  }
}
