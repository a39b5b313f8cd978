package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;

class DeleteCommandTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void delete_existingIds_deletesThemAndSaysWhich() {
    long first = cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "one");
    long second = cli.createOnOgg("2026-12-02T10:00:00Z", "2026-12-02T12:00:00Z", "two");
    long third = cli.createOnOgg("2026-12-03T10:00:00Z", "2026-12-03T12:00:00Z", "three");

    int code = cli.run("delete", Long.toString(first), Long.toString(third));

    assertThat(code).isZero();
    assertThat(cli.out.split("\n")).containsExactly(
        "Deleted downtime 1 on ogg.clma.2m0a from 2026-12-01T10:00:00Z to 2026-12-01T12:00:00Z",
        "Deleted downtime 3 on ogg.clma.2m0a from 2026-12-03T10:00:00Z to 2026-12-03T12:00:00Z");
    assertThat(cli.downtimes.all()).extracting(Downtime::id).containsExactly(second);
  }

  @Test
  void delete_oneUnknownId_deletesNothingAndExitsNotFound() {
    long first = cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "one");

    int code = cli.run("delete", Long.toString(first), "42");

    assertThat(code).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(cli.err).isEqualTo("No downtime with id 42; nothing was deleted.\n");
    assertThat(cli.downtimes.all()).hasSize(1);
  }

  @Test
  void delete_nonNumericId_isAUsageError() {
    int code = cli.run("delete", "abc");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("abc");
  }

  @Test
  void delete_withoutIds_isAUsageError() {
    int code = cli.run("delete");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("Missing required parameter");
  }
}
