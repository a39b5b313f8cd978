package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.configdb.DemoInstrumentCatalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;
import org.observatory.downtime.core.service.DowntimeServices;
import org.observatory.downtime.recurrence.Ical4jRecurrenceExpander;
import org.observatory.downtime.persistence.JdbiPersistence;
import org.observatory.downtime.persistence.PersistenceConfig;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/** Keeps the README's "Embedding the core" example compiling and doing what the README says. */
class EmbeddingExampleTest {

  @TempDir
  Path dir;

  /** The README example, line for line (only the output stream is a parameter here). */
  static void printUpcomingDowntimes(Path databaseFile, PrintStream out) {
    try (JdbiPersistence db = JdbiPersistence.open(PersistenceConfig.sqlite(databaseFile))) {
      db.migrate();
      DowntimeServices services = DowntimeServices.create(new DowntimeServices.Ports(db.downtimes(), db.auditTrail(),
          db.users(), new DemoInstrumentCatalogue(), new Ical4jRecurrenceExpander(), Optional.empty(), db.changes(), new SuncalcDarknessCalculator()),
          WriteAccess.STAFF);
      FindDowntimesUseCase downtimes = services.find();

      Instant now = Instant.now();
      DowntimeQuery nextTwoWeeks = DowntimeQuery.builder()
          .site("ogg")
          .overlapping(now, now.plus(Duration.ofDays(14)))
          .order(SortKey.asc(SortField.START))
          .limit(DowntimeQuery.UNLIMITED)
          .build();

      for (Downtime downtime : downtimes.list(nextTwoWeeks).results()) {
        out.println(downtime.telescopeKey() + " " + Timestamps.format(downtime.start()) + " to "
            + Timestamps.format(downtime.end()) + " " + downtime.reason());
      }
    }
  }

  @Test
  void example_printsTheDowntimesOfTheNextTwoWeeksAtOneSite() {
    Path file = dir.resolve("downtime.sqlite3");
    Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    try (JdbiPersistence db = JdbiPersistence.open(PersistenceConfig.sqlite(file))) {
      db.migrate();
      CreateDowntimeUseCase create = DowntimeServices.create(new DowntimeServices.Ports(db.downtimes(),
          db.auditTrail(), db.users(), new DemoInstrumentCatalogue(), new Ical4jRecurrenceExpander(), Optional.empty(),
          db.changes(), new SuncalcDarknessCalculator()), WriteAccess.STAFF).create();
      User operator = User.operator("example");
      create.create(DowntimeInput.of(new DowntimeDraft(start, start.plus(Duration.ofHours(2)), "ogg", "clma", "2m0a", "",
          "Mirror recoat", "", null)), operator);
      create.create(DowntimeInput.of(new DowntimeDraft(start, start.plus(Duration.ofHours(2)), "coj", "doma", "1m0a", "",
          "Other site", "", null)), operator);
      create.create(DowntimeInput.of(new DowntimeDraft(start.plus(Duration.ofDays(30)), start.plus(Duration.ofDays(31)), "ogg",
          "clma", "2m0a", "", "Too late", "", null)), operator);
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    printUpcomingDowntimes(file, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("ogg.clma.2m0a " + Timestamps.format(start)
        + " to " + Timestamps.format(start.plus(Duration.ofHours(2))) + " Mirror recoat\n");
  }
}
