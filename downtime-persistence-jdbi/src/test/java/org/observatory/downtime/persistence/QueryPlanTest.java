package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * The scheduler's time-window query, alone and with a site filter, is served by a range scan on the start indexes
 * (bounded by the longest duration), never by a scan of the whole table; the plans are printed for the record.
 */
class QueryPlanTest {

  private static final Instant FROM = Instant.parse("2026-11-23T00:00:00Z");
  private static final DowntimeQuery SCHEDULER = DowntimeQuery.builder().overlapping(FROM, FROM.plus(Duration.ofDays(14))).build();
  private static final DowntimeQuery SCHEDULER_AT_SITE = SCHEDULER.toBuilder().site("ogg", "coj").build();

  @Test
  void sqlite_schedulerQuery_usesTheStartIndexes() {
    try (TestDatabase database = TestDatabase.sqlite(Clock.systemUTC())) {
      JdbiDowntimeRepository repository = filled(database, false);
      assertSqlitePlans(repository);

      // with statistics, as after an ANALYZE, too
      database.persistence().analyze();
      assertSqlitePlans(repository);
    }
  }

  private static void assertSqlitePlans(JdbiDowntimeRepository repository) {
    String window = String.join("\n", print("SQLite", SCHEDULER, repository.explain(SCHEDULER)));
    String atSite = String.join("\n", print("SQLite", SCHEDULER_AT_SITE, repository.explain(SCHEDULER_AT_SITE)));

    assertThat(window).contains("SEARCH downtime USING INDEX downtime_start (start_us>? AND start_us<?)")
        .doesNotContainPattern("SCAN downtime($|\\s)");
    assertThat(atSite).contains("SEARCH downtime USING INDEX downtime_site_start (site=? AND start_us>? AND start_us<?)")
        .doesNotContainPattern("SCAN downtime($|\\s)");
  }

  @Test
  void postgresql_schedulerQuery_usesTheStartIndexes() {
    try (TestDatabase database = TestDatabase.postgresql(Clock.systemUTC())) {
      JdbiDowntimeRepository repository = filled(database, true);

      String window = String.join("\n", print("PostgreSQL", SCHEDULER, repository.explain(SCHEDULER)));
      String atSite = String.join("\n", print("PostgreSQL", SCHEDULER_AT_SITE, repository.explain(SCHEDULER_AT_SITE)));

      assertThat(window).containsPattern("Index (Only )?Scan using downtime_start on downtime|Bitmap Index Scan on downtime_start")
          .doesNotContain("Seq Scan on downtime");
      assertThat(atSite).containsPattern("downtime_site_start").doesNotContain("Seq Scan on downtime");
    }
  }

  /** 20 000 downtimes over 16 years on 24 telescopes, 1 hour to 14 days long. */
  private static JdbiDowntimeRepository filled(TestDatabase database, boolean analyze) {
    JdbiDowntimeRepository repository = database.persistence().downtimes();
    Random random = new Random(7);
    List<String> sites = List.of("ogg", "coj", "lsc", "elp", "cpt", "tfn", "sqa", "tlv");
    List<DowntimeDraft> drafts = new ArrayList<>();
    Instant base = Instant.parse("2012-01-01T00:00:00Z");
    for (int i = 0; i < 20_000; i++) {
      Instant start = base.plusSeconds(random.nextLong(Duration.ofDays(16 * 365).toSeconds()));
      drafts.add(new DowntimeDraft(start, start.plus(Duration.ofHours(1 + random.nextInt(14 * 24))),
          sites.get(random.nextInt(sites.size())), "doma", "1m0" + (char) ('a' + random.nextInt(3)),
          random.nextInt(5) == 0 ? "1M0-SCICAM-SINISTRO" : "", "maintenance", "", null));
    }
    repository.createAll(drafts, "loader");
    if (analyze) {
      database.persistence().analyze();
    }
    return repository;
  }

  private static List<String> print(String engine, DowntimeQuery query, List<String> plan) {
    System.out.println(engine + " plan for " + query + ":\n  " + String.join("\n  ", plan));
    return plan;
  }
}
