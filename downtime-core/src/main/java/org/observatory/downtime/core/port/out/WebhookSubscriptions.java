package org.observatory.downtime.core.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.observatory.downtime.core.model.WebhookDeliveryState;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookSubscription;

/**
 * For storing webhook subscriptions with their secrets, and reading how their deliveries stand. Every change the
 * {@link DowntimeRepository} or {@link ChangeLog} records is queued, in the change's own transaction, for each
 * active subscription whose filter it matches (see {@link WebhookOutbox}).
 */
public interface WebhookSubscriptions {

  /** Every subscription, oldest first. */
  List<WebhookSubscription> list();

  /** The subscription with this id, empty when there is none. */
  Optional<WebhookSubscription> find(long id);

  /** The secret deliveries to this subscription are signed with, empty when there is no such subscription. */
  Optional<String> secret(long id);

  /**
   * Stores a new subscription; events recorded from now on are queued for it.
   *
   * @param draft     checked already; its secret is present
   * @param createdBy who made it
   * @return the stored subscription
   */
  WebhookSubscription create(WebhookDraft draft, String createdBy);

  /**
   * Replaces a subscription's url, filter and active flag, and its secret when the draft has one.
   *
   * @return the stored subscription, empty when there is none with this id
   */
  Optional<WebhookSubscription> update(long id, WebhookDraft draft);

  /**
   * Removes a subscription with every delivery queued for it.
   *
   * @return whether there was one
   */
  boolean delete(long id);

  /** How many deliveries are pending for this subscription ({@code 0} when there is none). */
  long backlog(long id);

  /** How many deliveries are pending for every subscription together. */
  long backlog();

  /**
   * The latest deliveries of a subscription, newest first.
   *
   * @param limit how many at most, at least 1
   */
  List<WebhookDeliveryState> recent(long id, int limit);

  /**
   * Queues a delivery of the subscription again, with the same delivery id, to be sent as soon as those before it
   * are (a delivered or given-up one starts over with no attempts; a pending one is made due now).
   *
   * @return whether the subscription has such a delivery
   */
  boolean redeliver(long id, UUID deliveryId);
}
