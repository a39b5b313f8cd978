package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.query.DowntimeQuery;

/** 8 threads writing and reading at once: no exception reaches a caller and every acknowledged write is kept. */
class ConcurrentWritesTest {

  private static final int THREADS = 8;
  private static final int WRITES_PER_THREAD = 250;

  @Test
  void sqlite_concurrentWritersAndReaders_loseNothing() throws Exception {
    try (TestDatabase database = TestDatabase.sqlite(Clock.systemUTC())) {
      hammer(database.persistence().downtimes());
    }
  }

  @Test
  void postgresql_concurrentWritersAndReaders_loseNothing() throws Exception {
    try (TestDatabase database = TestDatabase.postgresql(Clock.systemUTC())) {
      hammer(database.persistence().downtimes());
    }
  }

  private static void hammer(JdbiDowntimeRepository repository) throws Exception {
    Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    Set<Long> deleted = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < WRITES_PER_THREAD; i++) {
            Downtime created = repository.create(Drafts.aDraft(Drafts.T0.plusSeconds(i * 60L), 1 + thread)
                .withReason("thread " + thread + " write " + i), "t" + thread);
            acknowledged.add(created.id());
            if (i % 10 == 9) {
              repository.update(created.id(), created.toDraft().withReason("changed"), "t" + thread).orElseThrow();
            }
            if (i % 25 == 24) {
              deleted.addAll(repository.delete(List.of(created.id()), "t" + thread).stream().map(Downtime::id).toList());
            }
            if (i % 5 == 0) {
              repository.find(DowntimeQuery.builder().overlapping(Drafts.T0, Drafts.T0.plus(Duration.ofHours(3))).build());
              repository.lastModified();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }

    List<Long> stored = repository.find(DowntimeQuery.all().withPage(DowntimeQuery.UNLIMITED, 0)).results().stream()
        .map(Downtime::id).toList();
    assertThat(acknowledged).hasSize(THREADS * WRITES_PER_THREAD);
    assertThat(deleted).hasSize(THREADS * (WRITES_PER_THREAD / 25));
    assertThat(stored).hasSize(acknowledged.size() - deleted.size())
        .allMatch(acknowledged::contains).noneMatch(deleted::contains);
  }
}
