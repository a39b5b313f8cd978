package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * SQLite and PostgreSQL answer 600 random queries over the same 1 200 random downtimes exactly as
 * {@link DowntimeQuery#apply} does: same ids in the same order, same count.
 */
class DifferentialQueryTest {

  private static final long SEED = 20261120L;
  private static final int DOWNTIMES = 1200;
  private static final int QUERIES = 600;

  @Test
  void sqlite_answersLikeApply() {
    compare(PersistenceConfig.Engine.SQLITE);
  }

  @Test
  void postgresql_answersLikeApply() {
    compare(PersistenceConfig.Engine.POSTGRESQL);
  }

  private static void compare(PersistenceConfig.Engine engine) {
    TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00.000001Z"));
    try (TestDatabase database = TestDatabase.create(engine, clock)) {
      JdbiDowntimeRepository repository = database.persistence().downtimes();
      List<Downtime> stored = fill(repository, clock, new RandomDowntimes(SEED));
      assertThat(repository.find(DowntimeQuery.all().withPage(DowntimeQuery.UNLIMITED, 0)).results())
          .containsExactlyElementsOf(stored);

      RandomDowntimes random = new RandomDowntimes(SEED + 1);
      int nonEmpty = 0;
      for (int i = 0; i < QUERIES; i++) {
        DowntimeQuery query = random.query(stored);
        DowntimePage expected = query.apply(stored);
        DowntimePage actual = repository.find(query);
        assertThat(actual.results()).as("query %d: %s", i, query)
            .extracting(Downtime::id).containsExactlyElementsOf(expected.results().stream().map(Downtime::id).toList());
        assertThat(actual.count()).as("count of query %d: %s", i, query).isEqualTo(expected.count());
        assertThat(repository.count(query)).as("count() of query %d: %s", i, query).isEqualTo(expected.count());
        nonEmpty += expected.results().isEmpty() ? 0 : 1;
      }
      // random filters must not all be so narrow that nothing is compared
      assertThat(nonEmpty).isGreaterThan(QUERIES / 3);
    }
  }

  /** Creates the downtimes in batches, then changes some, so created and modified differ and collide. */
  private static List<Downtime> fill(JdbiDowntimeRepository repository, TestClock clock, RandomDowntimes random) {
    List<Downtime> stored = new ArrayList<>();
    while (stored.size() < DOWNTIMES) {
      List<DowntimeDraft> batch = new ArrayList<>();
      for (int i = 1 + random.nextInt(25); i > 0; i--) {
        batch.add(random.draft(random.chance(5) ? (long) (1 + random.nextInt(5)) : null));
      }
      stored.addAll(repository.createAll(batch, "tester"));
      clock.advance(Duration.ofMillis(random.nextInt(3) * 500L));
    }
    for (int i = 0; i < DOWNTIMES / 10; i++) {
      int index = random.nextInt(stored.size());
      Downtime changed = repository.update(stored.get(index).id(), random.draft(stored.get(index).seriesId()), "tester")
          .orElseThrow();
      stored.set(index, changed);
      clock.advance(Duration.ofMillis(random.nextInt(2) * 700L));
    }
    return stored;
  }
}
