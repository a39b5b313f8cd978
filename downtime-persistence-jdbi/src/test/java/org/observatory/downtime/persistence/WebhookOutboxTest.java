package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.WebhookDelivery;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookFilter;
import org.observatory.downtime.core.model.WebhookOutcome;
import org.observatory.downtime.core.model.WebhookSubscription;

/** The webhook outbox on each database: queued with each change, handed out in order, one claim at a time. */
class WebhookOutboxTest {

  private static final Instant NOW = Instant.parse("2026-11-29T04:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(60);
  private static final Duration ATTEMPT = Duration.ofSeconds(25);

  @ParameterizedTest
  @EnumSource(PersistenceConfig.Engine.class)
  void queue_change_queuesOneDeliveryForEachActiveSubscriptionItMatches(PersistenceConfig.Engine engine) {
    try (TestDatabase database = TestDatabase.create(engine, new TestClock(NOW))) {
      JdbiWebhookSubscriptions subscriptions = database.persistence().webhookSubscriptions();
      WebhookSubscription ogg = subscribe(subscriptions, new WebhookFilter(Optional.of("ogg"), Optional.empty(),
          Optional.empty(), Set.of()), true);
      WebhookSubscription coj = subscribe(subscriptions, new WebhookFilter(Optional.of("coj"), Optional.empty(),
          Optional.empty(), Set.of()), true);
      WebhookSubscription deletions = subscribe(subscriptions, new WebhookFilter(Optional.empty(), Optional.empty(),
          Optional.empty(), Set.of(ChangeEvent.Type.DELETED)), true);
      WebhookSubscription paused = subscribe(subscriptions, WebhookFilter.ALL, false);

      database.persistence().downtimes().create(Drafts.aDraft(), "staff");

      assertThat(subscriptions.backlog(ogg.id())).isEqualTo(1);
      assertThat(subscriptions.backlog(coj.id())).isZero();
      assertThat(subscriptions.backlog(deletions.id())).isZero();
      assertThat(subscriptions.backlog(paused.id())).isZero();
      assertThat(subscriptions.secret(ogg.id())).hasValue("a-secret-of-sixteen-chars");
    }
  }

  @ParameterizedTest
  @EnumSource(PersistenceConfig.Engine.class)
  void claimDue_failingFirstDelivery_holdsBackItsSubscriptionOnlyAndKeepsItsDeliveryId(
      PersistenceConfig.Engine engine) {
    try (TestDatabase database = TestDatabase.create(engine, new TestClock(NOW))) {
      JdbiWebhookSubscriptions subscriptions = database.persistence().webhookSubscriptions();
      JdbiWebhookOutbox outbox = database.persistence().webhookOutbox();
      WebhookSubscription failing = subscribe(subscriptions, WebhookFilter.ALL, true);
      WebhookSubscription working = subscribe(subscriptions, WebhookFilter.ALL, true);
      for (int day = 0; day < 3; day++) {
        database.persistence().downtimes().create(Drafts.aDraft(Drafts.T0.plus(Duration.ofDays(day)), 2), "staff");
      }
      Instant due = NOW.plusSeconds(1);

      List<WebhookDelivery> first = outbox.claimDue(due, LEASE, ATTEMPT, 10, 10);
      List<WebhookDelivery> failed = of(first, failing);
      outbox.settle(failed.get(0), WebhookOutcome.answered(503), due, due.plus(Duration.ofHours(1)), false);
      outbox.release(failed.subList(1, 3));
      of(first, working).forEach(one -> outbox.settle(one, WebhookOutcome.answered(204), due, null, false));

      assertThat(of(first, working)).extracting(one -> one.event().id()).isSorted().hasSize(3);
      assertThat(outbox.claimDue(due.plusSeconds(1), LEASE, ATTEMPT, 10, 10)).as("the failed one is not due yet")
          .isEmpty();
      List<WebhookDelivery> retried = outbox.claimDue(due.plus(Duration.ofHours(2)), LEASE, ATTEMPT, 10, 10);
      assertThat(retried).extracting(WebhookDelivery::deliveryId)
          .containsExactlyElementsOf(failed.stream().map(WebhookDelivery::deliveryId).toList());
      assertThat(retried.get(0).attempts()).isEqualTo(1);
      assertThat(subscriptions.backlog(working.id())).isZero();
      assertThat(subscriptions.recent(failing.id(), 5)).singleElement()
          .satisfies(state -> assertThat(state.lastOutcome()).hasValue(WebhookOutcome.answered(503)));
    }
  }

  @ParameterizedTest
  @EnumSource(PersistenceConfig.Engine.class)
  void claimDue_claimedDeliveries_areHandedOutAgainOnlyAfterTheirLeaseLapses(PersistenceConfig.Engine engine) {
    try (TestDatabase database = TestDatabase.create(engine, new TestClock(NOW))) {
      JdbiWebhookOutbox outbox = database.persistence().webhookOutbox();
      subscribe(database.persistence().webhookSubscriptions(), WebhookFilter.ALL, true);
      database.persistence().downtimes().create(Drafts.aDraft(), "staff");
      Instant due = NOW.plusSeconds(1);

      List<WebhookDelivery> claimed = outbox.claimDue(due, LEASE, ATTEMPT, 10, 10);

      assertThat(claimed).hasSize(1);
      assertThat(outbox.claimDue(due.plusSeconds(59), LEASE, ATTEMPT, 10, 10)).isEmpty();
      List<WebhookDelivery> again = outbox.claimDue(due.plusSeconds(61), LEASE, ATTEMPT, 10, 10);
      assertThat(again).extracting(WebhookDelivery::deliveryId).containsExactly(claimed.get(0).deliveryId());
      outbox.settle(claimed.get(0), WebhookOutcome.answered(204), due.plusSeconds(62), null, false);
      assertThat(database.persistence().webhookSubscriptions().backlog()).as("the lapsed claim records nothing")
          .isEqualTo(1);
    }
  }

  private static WebhookSubscription subscribe(JdbiWebhookSubscriptions subscriptions, WebhookFilter filter,
                                               boolean active) {
    return subscriptions.create(new WebhookDraft("https://hooks.example.org/x", Optional.of("a-secret-of-sixteen-chars"),
        filter, active), "staff");
  }

  private static List<WebhookDelivery> of(List<WebhookDelivery> claimed, WebhookSubscription subscription) {
    return claimed.stream().filter(one -> one.subscriptionId() == subscription.id()).toList();
  }
}
