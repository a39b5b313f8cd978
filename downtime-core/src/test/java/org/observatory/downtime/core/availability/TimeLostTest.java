package org.observatory.downtime.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.Twilight;

/** The dark-time-lost computation: merged, clipped to darkness, whole telescopes apart from instruments. */
class TimeLostTest {

  private static final LocalDate D1 = LocalDate.of(2026, 11, 30);
  private static final LocalDate D2 = LocalDate.of(2026, 12, 1);
  private static final Instant DUSK1 = Instant.parse("2026-12-01T04:00:00Z");
  private static final Instant DUSK2 = Instant.parse("2026-12-02T04:00:00Z");
  // Ten hours of darkness each night.
  private static final List<Night> NIGHTS = List.of(Night.dark(D1, DUSK1, DUSK1.plusSeconds(36_000)),
      Night.dark(D2, DUSK2, DUSK2.plusSeconds(36_000)));

  private static Downtime downtime(long id, Instant start, long hours, String instrument, String category) {
    return new Downtime(id, start, start.plusSeconds(hours * 3600), "ogg", "clma", "2m0a", instrument, "", start, start,
        "", null, category);
  }

  private static final List<Downtime> DOWNTIMES = List.of(
      // 2 h before dusk to 3 h after: 3 dark hours of maintenance on night 1
      downtime(1, DUSK1.minusSeconds(7200), 5, "", "maintenance"),
      // overlaps the first by 1 h: the merged loss is 4 h on night 1
      downtime(2, DUSK1.plusSeconds(2 * 3600), 2, "", "engineering"),
      // night 2: 1 h uncategorised
      downtime(3, DUSK2.plusSeconds(3600), 1, "", ""),
      // an instrument: reported apart
      downtime(4, DUSK2, 2, "2M0-SCICAM-MUSCAT", "engineering"),
      // daytime: no darkness lost
      downtime(5, DUSK1.plusSeconds(12 * 3600), 6, "", "weather"));

  private static TimeLostReport report(TimeLostReport.Group group) {
    TimeLostQuery query = new TimeLostQuery(D1, D2, Set.of(), Set.of(), Set.of(), group, Twilight.ASTRONOMICAL);
    return TimeLost.report(query, Map.of("ogg.clma.2m0a", NIGHTS, "ogg.clma.0m4b", NIGHTS), DOWNTIMES);
  }

  @Test
  void byTelescope_mergesOverlaps_clipsToDarkness_andCountsInstrumentsApart() {
    TimeLostReport report = report(TimeLostReport.Group.TELESCOPE);

    assertThat(report.rows()).extracting(TimeLostRow::key).containsExactly("ogg.clma.0m4b", "ogg.clma.2m0a");
    TimeLostRow row = report.rows().get(1);
    assertThat(row.darkHours()).isEqualTo(20.0);
    assertThat(row.darkHoursLost()).isEqualTo(5.0);
    assertThat(row.fractionLost()).isEqualTo(0.25);
    assertThat(row.instrumentHours()).isEqualTo(2.0);
    assertThat(row.lostByCategory()).isEqualTo(Map.of("maintenance", 3.0, "engineering", 2.0, "", 1.0));
    assertThat(report.rows().get(0).darkHoursLost()).isZero();
    assertThat(report.total().darkHours()).isEqualTo(40.0);
    assertThat(report.total().darkHoursLost()).isEqualTo(5.0);
  }

  @Test
  void byMonth_splitsByTheNightsLocalDates() {
    TimeLostReport report = report(TimeLostReport.Group.MONTH);

    assertThat(report.rows()).extracting(TimeLostRow::key).containsExactly("2026-11", "2026-12");
    assertThat(report.rows().get(0).darkHoursLost()).isEqualTo(4.0);
    assertThat(report.rows().get(1).darkHoursLost()).isEqualTo(1.0);
    assertThat(report.rows().get(1).darkHours()).isEqualTo(20.0);
  }

  @Test
  void byCategory_givesEachCategoryItsOwnHoursAgainstAllTheDarkness() {
    TimeLostReport report = report(TimeLostReport.Group.CATEGORY);

    assertThat(report.rows()).extracting(TimeLostRow::key)
        .containsExactly("", "engineering", "maintenance", "weather");
    assertThat(report.rows().get(2).darkHoursLost()).isEqualTo(3.0);
    assertThat(report.rows().get(2).darkHours()).isEqualTo(40.0);
    assertThat(report.rows().get(1).instrumentHours()).isEqualTo(2.0);
    assertThat(report.rows().get(3).darkHoursLost()).isZero();
  }

  @Test
  void csv_hasAHeaderRowAndATotal() {
    assertThat(TimeLostCsv.write(report(TimeLostReport.Group.TELESCOPE))).isEqualTo(
        "telescope,dark_hours,dark_hours_lost,fraction_lost,instrument_hours_lost\n"
            + "ogg.clma.0m4b,20.0,0.0,0.0,0.0\n"
            + "ogg.clma.2m0a,20.0,5.0,0.25,2.0\n"
            + "total,40.0,5.0,0.125,2.0\n");
  }
}
