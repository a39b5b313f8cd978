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
 * <p>Contract: a subscription's deliveries are handed out in event order, one at a time: while its oldest pending
 * delivery is pending, none after it is handed out. A claimed delivery is handed out to no other caller, on any
 * instance sharing the store, until its claim lapses.
 */
public interface WebhookOutbox {

  /**
   * Claims the oldest pending delivery of each active subscription whose next attempt is due at {@code now} and that
   * no one holds a live claim on.
   *
   * @param lease how long the claim holds: longer than one attempt can take
   * @param limit how many subscriptions at most, at least 1
   * @return the deliveries claimed, each with its claim
   */
  List<WebhookDelivery> claimDue(Instant now, Duration lease, int limit);

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
