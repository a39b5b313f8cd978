package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;

/** {@code report}: the dark-time-lost report as a table or CSV, refused as the API refuses it. */
class ReportCommandTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void report_table_listsEveryTelescopeAndATotal() {
    cli.catalogue = TestCatalogues.fixed(TestCatalogues.withGeography());
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--night", "2026-11-10", "--category", "weather");

    int code = cli.run("report", "--start", "2026-11-01", "--end", "2026-11-30", "--site", "ogg");

    assertThat(code).as(cli.err).isZero();
    assertThat(cli.out).startsWith("telescope").contains("ogg.clma.0m4b").contains("ogg.clma.2m0a")
        .containsPattern("\ntotal +[0-9.]+ +[0-9.]+");
  }

  @Test
  void report_csv_hasTheApisHeader() {
    cli.catalogue = TestCatalogues.fixed(TestCatalogues.withGeography());

    cli.run("report", "--start", "2026-11-01", "--end", "2026-11-30", "--group", "month", "--csv");

    assertThat(cli.out).startsWith("month,dark_hours,dark_hours_lost,fraction_lost,instrument_hours_lost\n2026-11,");
  }

  @Test
  void report_badGroupOrSiteWithoutCoordinates_isRefused() {
    int group = cli.run("report", "--start", "2026-11-01", "--end", "2026-11-30", "--group", "site");
    String groupErr = cli.err;
    int coordinates = cli.run("report", "--start", "2026-11-01", "--end", "2026-11-30");

    assertThat(group).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(groupErr).contains("group: \"site\" is not a valid choice");
    assertThat(coordinates).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("has no coordinates");
  }
}
