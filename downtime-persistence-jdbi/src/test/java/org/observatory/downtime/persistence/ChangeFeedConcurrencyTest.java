package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.ChangePage;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.service.ChangeFeedService;

/**
 * Writers on two instances (two pools on one database) while a reader follows the feed with {@code next}: the
 * reader sees every committed change exactly once, none skipped by a lower id committing late.
 */
class ChangeFeedConcurrencyTest {

  private static final int WRITERS = 6;
  private static final int WRITES_PER_WRITER = 60;

  @Test
  void changes_followedDuringConcurrentWritesOnTwoInstances_seeEveryChangeOnce_postgresql() throws Exception {
    try (TestDatabase database = TestDatabase.postgresql(Clock.systemUTC());
         JdbiPersistence other = JdbiPersistence.open(database.config())) {
      follow(database.persistence(), other);
    }
  }

  @Test
  void changes_followedDuringConcurrentWrites_seeEveryChangeOnce_sqlite() throws Exception {
    try (TestDatabase database = TestDatabase.sqlite(Clock.systemUTC())) {
      follow(database.persistence(), database.persistence());
    }
  }

  private static void follow(JdbiPersistence first, JdbiPersistence second) throws Exception {
    ChangeFeedService feed = new ChangeFeedService(first.changes());
    AtomicBoolean writing = new AtomicBoolean(true);
    List<ChangeEvent> seen = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<List<Long>>> writers = new ArrayList<>();
    try {
      for (int w = 0; w < WRITERS; w++) {
        JdbiDowntimeRepository repository = (w % 2 == 0 ? first : second).downtimes();
        writers.add(pool.submit(() -> {
          List<Long> ids = new ArrayList<>();
          for (int i = 0; i < WRITES_PER_WRITER; i++) {
            Downtime created = repository.create(Drafts.aDraft(Instant.parse("2026-12-01T00:00:00Z")
                .plus(Duration.ofMinutes(i)), 1), "writer");
            ids.add(created.id());
          }
          return ids;
        }));
      }
      Thread watcher = new Thread(() -> {
        for (Future<List<Long>> writer : writers) {
          try {
            writer.get();
          } catch (Exception e) {
            break;
          }
        }
        writing.set(false);
      });
      watcher.start();
      long cursor = 0;
      boolean lastRound = false;
      while (!lastRound) {
        lastRound = !writing.get();
        ChangePage page = feed.changes(OptionalLong.of(cursor), ChangeFilter.ALL, 7);
        seen.addAll(page.results());
        cursor = page.next();
        while (page.results().size() == 7) {
          page = feed.changes(OptionalLong.of(cursor), ChangeFilter.ALL, 7);
          seen.addAll(page.results());
          cursor = page.next();
        }
      }
      List<Long> written = new ArrayList<>();
      for (Future<List<Long>> writer : writers) {
        written.addAll(writer.get());
      }
      assertThat(seen).extracting(ChangeEvent::id).doesNotHaveDuplicates().isSorted();
      assertThat(seen).extracting(ChangeEvent::downtimeId).containsExactlyInAnyOrderElementsOf(written);
    } finally {
      pool.shutdown();
    }
  }
}
