package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/** {@code create --night}: that night's darkness at the site, refused as the API refuses it. */
class CreateByNightCommandTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void create_night_storesThatNightsDarknessAtTheSite() {
    cli.catalogue = TestCatalogues.fixed(TestCatalogues.withGeography());
    Night night = new SuncalcDarknessCalculator().night(TestCatalogues.withGeography().site("ogg").orElseThrow()
        .geography().orElseThrow(), LocalDate.of(2026, 12, 3), Twilight.NAUTICAL);

    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--night", "2026-12-03",
        "--twilight", "nautical", "--category", "engineering");

    assertThat(code).as(cli.err).isZero();
    Downtime stored = cli.downtimes.all().get(0);
    assertThat(stored.start()).isEqualTo(night.darkStart().orElseThrow());
    assertThat(stored.end()).isEqualTo(night.darkEnd().orElseThrow());
  }

  @Test
  void create_nightWhereTheCatalogueHasNoCoordinates_isRefused() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--night", "2026-12-03");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("night: Site \"ogg\" has no coordinates");
  }

  @Test
  void create_nightWithStart_isRefusedUnderNight() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--night", "2026-12-03",
        "--start", "2026-12-03T10:00:00Z");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("night: Give either night or start and end, not both.");
    assertThat(cli.downtimes.all()).isEmpty();
  }

  @Test
  void create_badNight_isRefusedUnderNight() {
    int code = cli.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--night", "3 Dec");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("night: Enter a valid date: YYYY-MM-DD.");
  }
}
