package org.observatory.downtime.core.port.in;

import java.util.List;
import org.observatory.downtime.core.model.WebhookDelivery;

/**
 * Sending the queued webhook deliveries: a background worker of each instance claims what is due and delivers each
 * claim (several claims may be delivered at once: they are for different subscriptions).
 */
public interface DeliverWebhooksUseCase {

  /** What became of one delivery attempt. */
  enum Result {
    /** The receiver answered 2xx. */
    DELIVERED,
    /** It failed and will be retried after a backoff. */
    RETRYING,
    /** It failed and its time is up: given up, later deliveries of the subscription go ahead. */
    GIVEN_UP
  }

  /**
   * Claims the due deliveries of up to {@code subscriptions} subscriptions, up to {@code perSubscription} each, in
   * event order within each subscription: deliver them in that order, and release the rest after a failure.
   *
   * @return the claims; empty when nothing is due
   */
  List<WebhookDelivery> claimDue(int subscriptions, int perSubscription);

  /** Posts a claimed delivery once, signed, and records the outcome. Never throws for a receiver's failure. */
  Result deliver(WebhookDelivery delivery);

  /** Releases claimed deliveries that were not attempted, so they are claimed again when due. */
  void release(List<WebhookDelivery> deliveries);

  /** How many deliveries are pending for every subscription together. */
  long backlog();
}
