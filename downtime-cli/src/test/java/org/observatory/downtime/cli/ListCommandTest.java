package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListCommandTest {

  private final CliHarness cli = new CliHarness();

  @BeforeEach
  void twoDowntimes() {
    cli.createOnOgg("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "Mirror recoat");
    cli.run("create", "-s", "coj", "-e", "doma", "-t", "1m0a", "--start", "2026-12-05T00:00:00",
        "--end", "2026-12-06T00:00:00", "-r", "Engineering, \"dome\" work", "--user", "bob");
  }

  @Test
  void list_byDefault_printsAnAlignedTableInCreationOrder() {
    int code = cli.run("list");

    assertThat(code).isZero();
    assertThat(cli.out.split("\n")).containsExactly(
        "ID  START                 END                   TELESCOPE      INSTRUMENT TYPE  REASON                    CREATED BY",
        "1   2026-12-01T10:00:00Z  2026-12-01T12:00:00Z  ogg.clma.2m0a  -                Mirror recoat             observer",
        "2   2026-12-05T00:00:00Z  2026-12-06T00:00:00Z  coj.doma.1m0a  -                Engineering, \"dome\" work  bob");
    assertThat(cli.err).isEmpty();
  }

  @Test
  void list_json_printsAnArrayWithWholeSecondUtcDates() {
    cli.run("list", "--json", "--site", "ogg");

    assertThat(cli.out).startsWith("[\n  {\"id\":1,\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\","
        + "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"instrument_type\":\"\","
        + "\"reason\":\"Mirror recoat\",\"created\":\"2026-11-20T08:00:01Z\"");
    assertThat(cli.out).endsWith("}\n]\n").doesNotContain("coj");
  }

  @Test
  void list_jsonWithNoMatch_printsAnEmptyArray() {
    cli.run("list", "--json", "--reason-exact", "nothing like this");

    assertThat(cli.out).isEqualTo("[]\n");
  }

  @Test
  void list_csv_quotesFieldsThatNeedIt() {
    cli.run("list", "--csv", "--order", "-start");
    assertThat(cli.err).isEmpty();

    assertThat(cli.out.split("\n")).containsExactly(
        "id,start,end,site,enclosure,telescope,instrument_type,reason,created,modified,created_by,series_id,category",
        "2,2026-12-05T00:00:00Z,2026-12-06T00:00:00Z,coj,doma,1m0a,,\"Engineering, \"\"dome\"\" work\","
            + "2026-11-20T08:00:02Z,2026-11-20T08:00:02Z,bob,,",
        "1,2026-12-01T10:00:00Z,2026-12-01T12:00:00Z,ogg,clma,2m0a,,Mirror recoat,"
            + "2026-11-20T08:00:01Z,2026-11-20T08:00:01Z,observer,,");
  }

  @Test
  void list_timeWindowFilters_selectOverlappingDowntimes() {
    cli.run("list", "--json", "--ends-after", "2026-12-01 11:00:00", "--starts-before", "2026-12-02");

    assertThat(cli.out).contains("\"id\":1").doesNotContain("\"id\":2");
  }

  @Test
  void list_reasonFilter_ignoresCase() {
    cli.run("list", "--csv", "--reason", "DOME");

    assertThat(cli.out.split("\n")).hasSize(2);
    assertThat(cli.out).contains("coj");
  }

  @Test
  void list_jsonAndCsvTogether_isAUsageError() {
    int code = cli.run("list", "--json", "--csv");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("mutually exclusive");
  }

  @Test
  void list_invalidFilters_reportsEveryOneWithTheApiMessages() {
    int code = cli.run("list", "--starts-after", "yesterday", "--site", "nop", "--order", "size");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err.split("\n")).containsExactlyInAnyOrder(
        "site: Select a valid choice. nop is not one of the available choices.",
        "starts_after: Enter a valid date/time.",
        "order: Select a valid choice. size is not one of the available choices.");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void list_emptyChoice_isRefusedLikeTheApi() {
    int code = cli.run("list", "--site", "", "--telescope", "2m0a", "--telescope", "");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err.split("\n")).containsExactly(
        "site: Select a valid choice.  is not one of the available choices.",
        "telescope: Select a valid choice.  is not one of the available choices.");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void list_orderAndOrdering_orderDecidesLikeTheApi() {
    cli.run("list", "--csv", "--order", "-start", "--ordering", "start");

    assertThat(cli.out.split("\n")).extracting(line -> line.split(",")[0]).containsExactly("id", "2", "1");
  }

  @Test
  void list_ordering_takesAnyFieldAndIgnoresUnknownOnes() {
    cli.run("list", "--csv", "--ordering", "nonsense,site");

    assertThat(cli.err).isEmpty();
    assertThat(cli.out.split("\n")).extracting(line -> line.split(",")[0]).containsExactly("id", "2", "1");
  }

  @Test
  void list_withLimit_saysOnStderrThatThereAreMore() {
    cli.run("list", "--json", "--limit", "1", "--offset", "1");

    assertThat(cli.out).contains("\"id\":2").doesNotContain("\"id\":1");
    assertThat(cli.err).isEqualTo("Showing 1 of 2 downtimes (from offset 1); use --limit and --offset for the others.\n");
  }
}
