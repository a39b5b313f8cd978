package org.observatory.downtime.core.port.in;

import java.util.List;
import java.util.UUID;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookReport;
import org.observatory.downtime.core.model.WebhookSubscription;

/**
 * Staff managing the webhook subscriptions that receive the change feed by signed POST. Every method throws
 * {@link org.observatory.downtime.core.model.PermissionDeniedException} for a user who is not staff, and
 * {@link org.observatory.downtime.core.model.NotFoundException} for an unknown subscription id.
 */
public interface ManageWebhooksUseCase {

  /** How many of its latest deliveries a report shows. */
  int RECENT = 20;

  /** Every subscription with its backlog and latest deliveries, oldest subscription first. */
  List<WebhookReport> list(User user);

  /** One subscription with its backlog and latest deliveries. */
  WebhookReport get(User user, long id);

  /**
   * Makes a subscription; events recorded from now on are sent to it.
   *
   * @throws org.observatory.downtime.core.model.ValidationException naming each bad field (a URL that is not
   *         http/https or reaches a refused address, a missing or short secret, an unknown category)
   */
  WebhookSubscription create(User user, WebhookDraft draft);

  /**
   * Changes a subscription (its secret only when the draft has one).
   *
   * @throws org.observatory.downtime.core.model.ValidationException as {@link #create}
   */
  WebhookSubscription update(User user, long id, WebhookDraft draft);

  /** Removes a subscription and its queued deliveries. */
  void delete(User user, long id);

  /**
   * Sends a delivery again with the same delivery id, after those queued before it.
   *
   * @throws org.observatory.downtime.core.model.NotFoundException when the subscription has no such delivery
   */
  void redeliver(User user, long id, UUID deliveryId);

  /**
   * Posts a signed {@code webhook.ping} to the subscription now (outside the queue) and says what the receiver
   * answered.
   */
  WebhookOutcome test(User user, long id);
}
