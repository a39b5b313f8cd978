package org.observatory.downtime.app;

import org.observatory.downtime.app.support.PostgresSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.persistence.JdbiPersistence;
import org.observatory.downtime.persistence.PersistenceConfig;

/**
 * Issue 6: {@code export} from a SQLite database (a recurring series, edited and deleted rows) then {@code import}
 * into an empty SQLite file or PostgreSQL schema, all through {@link Main}, gives identical rows: id, start, end,
 * every text, created, modified, created_by and series, to the microsecond.
 */
class ImportExportRoundTripTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} into an empty {1} database")
  @CsvSource({"jsonl, sqlite", "csv, sqlite", "jsonl, postgresql", "csv, postgresql"})
  void exportThenImportIntoAnEmptyDatabase_givesIdenticalRows(String format, String target) throws Exception {
    Path sourceFile = dir.resolve("source.sqlite3");
    MainRunner source = new MainRunner(Map.of("DB_NAME", sourceFile.toString()));
    List<Downtime> original = fill(source, sourceFile);
    Path export = dir.resolve("downtimes." + format);
    MainRunner.Result exported = source.run("export", "--output", export.toString());
    assertThat(exported.exitCode()).as(exported.err()).isZero();

    if (target.equals("sqlite")) {
      Path targetFile = dir.resolve("target.sqlite3");
      assertThat(importInto(Map.of("DB_NAME", targetFile.toString()), export)).isEqualTo(original.size());
      assertThat(rows(PersistenceConfig.sqlite(targetFile))).isEqualTo(original);
    } else {
      try (PostgresSchema schema = PostgresSchema.create()) {
        Map<String, String> environment = Map.of("DB_ENGINE", "postgresql", "DB_NAME", PostgresSchema.DATABASE,
            "DB_HOST", PostgresSchema.HOST, "DB_USER", schema.user(), "DB_SCHEMA", schema.name());
        assertThat(importInto(environment, export)).isEqualTo(original.size());
        assertThat(rows(PersistenceConfig.postgresql(PostgresSchema.HOST, 5432, PostgresSchema.DATABASE,
            schema.user(), "").withSchema(schema.name()))).isEqualTo(original);
      }
    }
  }

  // Single downtimes, a weekly series of four, then two rows edited (new reason, times, instrument type) and one
  // deleted, so ids have a gap and modified differs from created.
  private static List<Downtime> fill(MainRunner main, Path file) {
    ok(main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "2026-12-01T10:00:00",
        "--end", "2026-12-01T12:30:00", "-r", "Mirror recoat, \"phase 1\"\nsecond line ✓", "--user", "ada"));
    ok(main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "2026-12-07T20:00:00",
        "--end", "2026-12-07T22:00:00", "-r", "Weekly engineering", "--recurrence", "FREQ=WEEKLY;COUNT=4"));
    ok(main.run("create", "-s", "coj", "-e", "clma", "-t", "2m0a", "--start", "2026-12-03T00:00:00",
        "--end", "2026-12-04T00:00:00", "-r", ""));
    ok(main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "2026-12-05T00:00:00",
        "--end", "2026-12-05T01:00:00", "-r", "to be deleted"));
    try (JdbiPersistence store = JdbiPersistence.open(PersistenceConfig.sqlite(file))) {
      List<Downtime> all = all(store);
      Downtime first = all.get(0);
      store.downtimes().update(first.id(), first.toDraft().withReason("Mirror recoat, phase 2 — 100% _done_")
          .withTimes(Instant.parse("2026-12-01T10:00:00.250Z"), first.end()), "bob");
      Downtime occurrence = all.get(2);
      store.downtimes().update(occurrence.id(), occurrence.toDraft().withReason("Moved by an hour")
          .withTimes(occurrence.start().plusSeconds(3600), occurrence.end().plusSeconds(3600)), "bob");
      store.downtimes().delete(List.of(all.get(all.size() - 1).id()), "bob");
      List<Downtime> rows = all(store);
      assertThat(rows).hasSize(6);
      assertThat(rows).filteredOn(row -> row.seriesId() != null).hasSize(4);
      assertThat(rows).filteredOn(row -> !row.modified().equals(row.created())).hasSize(2);
      return rows;
    }
  }

  private static int importInto(Map<String, String> environment, Path file) {
    MainRunner.Result imported = new MainRunner(environment).run("import", file.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("restored with their exported id");
    return Integer.parseInt(imported.out().split(" ")[1]);
  }

  private static List<Downtime> rows(PersistenceConfig config) {
    try (JdbiPersistence store = JdbiPersistence.open(config)) {
      return all(store);
    }
  }

  private static List<Downtime> all(JdbiPersistence store) {
    DowntimeQuery everything = DowntimeQuery.builder().limit(DowntimeQuery.UNLIMITED).build();
    return store.downtimes().find(everything).results().stream()
        .sorted(Comparator.comparingLong(Downtime::id)).toList();
  }

  private static void ok(MainRunner.Result result) {
    assertThat(result.exitCode()).as(result.err()).isZero();
  }
}
