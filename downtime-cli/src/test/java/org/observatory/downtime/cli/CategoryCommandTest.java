package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --category} on create and list, and the category column of exports. */
class CategoryCommandTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void create_withCategory_storesIt() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--category", "engineering");

    assertThat(code).isZero();
    assertThat(cli.downtimes.all().get(0).category()).isEqualTo("engineering");
  }

  @Test
  void create_unknownCategory_isRefusedWithTheApiMessage() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--category", "party");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("category: \"party\" is not a valid choice.");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void list_byCategory_showsOnlyThoseDowntimes_andExportWritesTheColumn() {
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "-r", "tests", "--category", "engineering");
    cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "-r", "storm", "--category", "weather");

    cli.run("list", "--category", "weather", "--csv");

    assertThat(cli.out).startsWith("id,start,end,site,enclosure,telescope,instrument_type,reason,created,modified,"
        + "created_by,series_id,category\n").contains("storm").doesNotContain("tests").contains(",weather\n");
  }

  @Test
  void list_unknownCategory_isRefusedUnderTheFilterName() {
    int code = cli.run("list", "--category", "party");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("category: Select a valid choice. party is not one of the available choices.");
  }
}
