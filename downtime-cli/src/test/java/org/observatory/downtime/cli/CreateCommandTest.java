package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;

class CreateCommandTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void create_withDurationHours_storesAndPrintsTheDowntime() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "2026-12-01T10:00:00Z",
        "--duration-hours", "2", "-r", "Mirror recoat");

    assertThat(code).isZero();
    assertThat(cli.out).isEqualTo("Created downtime 1 on ogg.clma.2m0a from 2026-12-01T10:00:00Z"
        + " to 2026-12-01T12:00:00Z: Mirror recoat\n");
    Downtime stored = cli.downtimes.all().get(0);
    assertThat(stored.end()).isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
    assertThat(stored.reason()).isEqualTo("Mirror recoat");
  }

  @Test
  void create_withoutTimes_startsNowToTheSecondAndLastsOneDay() {
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a");

    Downtime stored = cli.downtimes.all().get(0);
    assertThat(stored.start()).isEqualTo(Instant.parse("2026-11-23T12:34:56Z"));
    assertThat(stored.end()).isEqualTo(Instant.parse("2026-11-24T12:34:56Z"));
    assertThat(stored.reason()).isEqualTo("Scheduled Maintenance");
    assertThat(stored.instrumentType()).isEmpty();
  }

  @Test
  void create_withOffsetHours_movesOnlyTheStartAsTheOldCommandDid() {
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--offset-hours", "1.5");

    Downtime stored = cli.downtimes.all().get(0);
    assertThat(stored.start()).isEqualTo(Instant.parse("2026-11-23T14:04:56Z"));
    assertThat(stored.end()).isEqualTo(Instant.parse("2026-11-24T12:34:56Z"));
  }

  @Test
  void create_withOffsetAndDuration_endsDurationAfterTheOffsetStart() {
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--offset-hours", "24", "--duration-hours", "3",
        "--end", "2030-01-01");

    Downtime stored = cli.downtimes.all().get(0);
    assertThat(stored.start()).isEqualTo(Instant.parse("2026-11-24T12:34:56Z"));
    assertThat(stored.end()).isEqualTo(Instant.parse("2026-11-24T15:34:56Z"));
  }

  @Test
  void create_withZoneOffsetAndInstrumentType_storesUtcAndTheInstrument() {
    cli.run("create", "-s", "coj", "-e", "doma", "-t", "1m0a", "-i", "1M0-NRES-SCICAM",
        "--start", "2026-12-01 20:00:00+10:00", "--end", "2026-12-01T12:00");

    Downtime stored = cli.downtimes.all().get(0);
    assertThat(stored.start()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    assertThat(stored.instrumentType()).isEqualTo("1M0-NRES-SCICAM");
    assertThat(cli.out).contains("coj.doma.1m0a (1M0-NRES-SCICAM)");
  }

  @Test
  void create_recordsTheOperatingSystemUserUnlessUserIsGiven() {
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a");
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--user", "alice");

    assertThat(cli.downtimes.all()).extracting(Downtime::createdBy).containsExactly("observer", "alice");
  }

  @Test
  void create_json_printsTheRepresentationWithWholeSecondUtcDates() {
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "2026-12-01T10:00:00.123456Z",
        "--duration-hours", "2", "-r", "Mirror recoat", "--json");

    assertThat(cli.out).startsWith("{\"id\":1,\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\","
        + "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"instrument_type\":\"\","
        + "\"reason\":\"Mirror recoat\",");
    assertThat(cli.out).contains("\"created_by\":\"observer\"");
  }

  @Test
  void create_unknownSite_printsOneLineExitsTwoAndWritesNothing() {
    int code = cli.run("create", "-s", "nop", "-e", "clma", "-t", "2m0a");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("site: \"nop\" is not a valid choice.\n");
    assertThat(cli.out).isEmpty();
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void create_endBeforeStart_printsOneLineExitsTwoAndWritesNothing() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a",
        "--start", "2026-12-01T10:00:00", "--end", "2026-12-01T09:00:00");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("End time must be after start time\n");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void create_unparseableDate_printsOneLineNamingTheOptionAndWritesNothing() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "next tuesday");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("start: Datetime has wrong format. Use one of these formats instead: "
        + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\n");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void create_combinationNotInCatalogue_isRefused() {
    int code = cli.run("create", "-s", "coj", "-e", "clma", "-t", "2m0a");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("The site, enclosure, telescope, and instrument_type combination does not exist"
        + " in Configdb\n");
  }

  @Test
  void create_absurdDuration_isRefusedWithTheOptionNamed() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--duration-hours", "Infinity");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).startsWith("duration_hours: Enter a number of hours");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void create_offsetBeyondYear9999_isRefusedWithTheOptionNamed() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--offset-hours", "80000000",
        "--duration-hours", "1");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("offset_hours: Enter a number of hours that keeps the downtime within the years"
        + " 0000 to 9999.\nduration_hours: Enter a number of hours that keeps the downtime within the years"
        + " 0000 to 9999.\n");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void create_durationBeforeYear0000_isRefusedWithTheOptionNamed() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "0001-06-01",
        "--duration-hours", "-20000");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).startsWith("duration_hours: Enter a number of hours that keeps the downtime");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void create_notANumber_isAUsageErrorNamingTheOption() {
    int code = cli.run("create", "--duration-hours", "two");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("--duration-hours").contains("two");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void create_withoutCatalogue_exitsUnavailable() {
    cli.catalogue = java.util.Optional::empty;

    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a");

    assertThat(code).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(cli.err).startsWith("Unavailable: The instrument catalogue");
    assertThat(cli.downtimes.all()).isEmpty();
  }
}
