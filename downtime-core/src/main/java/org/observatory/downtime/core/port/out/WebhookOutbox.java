package org.observatory.downtime.core.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.observatory.downtime.core.model.WebhookDelivery;
import org.observatory.downtime.core.model.WebhookOutcome;

/**
 * For handing out the queued webhook deliveries to the instances that send them, and recording what each attempt
 * got. Deliveries are queued by the stores in the transaction of each change, so a committed change always has its
 * deliveries.
 *
 * <p>Contract: a subscription's deliveries are handed out in event order, to one caller at a time: only a caller that
 * claims a subscription's oldest pending delivery gets the ones after it, and a claimed delivery is handed out to
 * no other caller, on any instance sharing the store, until its claim lapses or is released.
 */
public interface WebhookOutbox {

  /**
   * Claims, for each active subscription whose oldest pending delivery is due at {@code now} and not claimed, that
   * delivery and the pending ones after it, oldest first.
   *
   * @param lease           how long the claim of the first delivery holds (longer than one attempt can take); the
   *                        n-th after it holds {@code n} attempts longer, as it is sent after them
   * @param attempt         the longest one attempt takes
   * @param subscriptions   how many subscriptions at most, at least 1
   * @param perSubscription how many deliveries of one subscription at most, at least 1
   * @return the deliveries claimed, each with its claim, in event order within each subscription
   */
  List<WebhookDelivery> claimDue(Instant now, Duration lease, Duration attempt, int subscriptions,
                                 int perSubscription);

  /** Gives up the claims on deliveries not attempted (after an earlier one of their subscription failed). */
  void release(List<WebhookDelivery> deliveries);

  /**
   * Records the outcome of an attempt and releases the claim; nothing happens when the claim is no longer held.
   *
   * @param delivery    as claimed
   * @param outcome     what the attempt got
   * @param at          when it was made
   * @param nextAttempt when to try again; {@code null} when it was delivered or is given up
   * @param givenUp     whether it is given up (then later deliveries of the subscription go ahead)
   */
  void settle(WebhookDelivery delivery, WebhookOutcome outcome, Instant at, Instant nextAttempt, boolean givenUp);
}
