package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.model.ValidationException;

class CreateRecurringCommandTest {

  private final CliHarness cli = new CliHarness();
  private final List<String> rules = new ArrayList<>();

  CreateRecurringCommandTest() {
    // Stands in for the ical4j expansion (tested in the HTTP adapter): three weekly starts.
    cli.expander = (rule, first, limit) -> {
      rules.add(rule);
      if (!rule.contains("COUNT")) {
        throw ValidationException.of(Recurrences.FIELD, Recurrences.UNBOUNDED);
      }
      return List.of(first, first.plus(Duration.ofDays(7)), first.plus(Duration.ofDays(14)));
    };
  }

  @Test
  void createWithRecurrence_storesEveryOccurrenceInOneSeries() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "2026-12-01T10:00:00Z",
        "--duration-hours", "2", "-r", "Weekly engineering", "--recurrence", "FREQ=WEEKLY;BYDAY=TU;COUNT=3");

    assertThat(code).isZero();
    assertThat(rules).containsExactly("FREQ=WEEKLY;BYDAY=TU;COUNT=3");
    List<Downtime> stored = cli.downtimes.all();
    assertThat(stored).extracting(Downtime::start).containsExactly(Instant.parse("2026-12-01T10:00:00Z"),
        Instant.parse("2026-12-08T10:00:00Z"), Instant.parse("2026-12-15T10:00:00Z"));
    assertThat(stored).allSatisfy(downtime -> {
      assertThat(downtime.seriesId()).isEqualTo(stored.get(0).seriesId()).isNotNull();
      assertThat(Duration.between(downtime.start(), downtime.end())).isEqualTo(Duration.ofHours(2));
    });
    assertThat(cli.out.lines().toList()).hasSize(4).first().asString()
        .isEqualTo("Created series " + stored.get(0).seriesId() + " of 3 downtimes:");
  }

  @Test
  void createWithEndlessRecurrence_printsTheReasonAndStoresNothing() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--recurrence", "FREQ=DAILY");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("recurrence: " + Recurrences.UNBOUNDED);
    assertThat(cli.downtimes.all()).isEmpty();
  }
}
