package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.ChangePage;
import org.observatory.downtime.core.service.ChangeFeedService;

/**
 * Two instances on one PostgreSQL database check passing start and end times at the same moments, with clocks half a
 * second apart: every downtime gets exactly one {@code downtime.started} and one {@code downtime.ended}.
 */
class PassagesTwoInstancesTest {

  private static final Instant BASE = Instant.parse("2026-12-01T10:00:00Z");
  private static final int DOWNTIMES = 20;

  @Test
  void recordPassages_twoInstancesAtOnce_oneStartedAndOneEndedPerDowntime() throws Exception {
    try (TestDatabase database = TestDatabase.postgresql(Clock.systemUTC());
         JdbiPersistence other = JdbiPersistence.open(database.config())) {
      for (int i = 0; i < DOWNTIMES; i++) {
        database.persistence().downtimes().create(Drafts.aDraft(BASE.plusSeconds(3L * i + 1), 1)
            .withTimes(BASE.plusSeconds(3L * i + 1), BASE.plusSeconds(3L * i + 30)), "ada");
      }
      List<ChangeFeedService> instances = List.of(new ChangeFeedService(database.persistence().changes()),
          new ChangeFeedService(other.changes()));
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<?>> checks = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        ChangeFeedService instance = instances.get(n);
        Duration skew = Duration.ofMillis(500L * n);
        checks.add(pool.submit(() -> {
          go.await();
          for (int second = 0; second <= 3 * DOWNTIMES + 40; second++) {
            instance.recordPassages(BASE.plusSeconds(second).plus(skew));
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> check : checks) {
        check.get();
      }
      pool.shutdown();

      List<ChangeEvent> events = new ArrayList<>();
      ChangePage page = instances.get(0).changes(OptionalLong.empty(), ChangeFilter.ALL, 1000);
      events.addAll(page.results());
      Map<ChangeEvent.Type, Map<Long, Long>> counts = events.stream().collect(Collectors.groupingBy(
          ChangeEvent::type, Collectors.groupingBy(ChangeEvent::downtimeId, Collectors.counting())));
      assertThat(counts.get(ChangeEvent.Type.STARTED)).hasSize(DOWNTIMES).allSatisfy((id, count) ->
          assertThat(count).isEqualTo(1));
      assertThat(counts.get(ChangeEvent.Type.ENDED)).hasSize(DOWNTIMES).allSatisfy((id, count) ->
          assertThat(count).isEqualTo(1));
    }
  }
}
