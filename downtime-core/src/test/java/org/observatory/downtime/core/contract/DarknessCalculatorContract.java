package org.observatory.downtime.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.port.out.DarknessCalculator;

/** What every {@link DarknessCalculator} must do (the definitions in its Javadoc); adapters run it by extending it. */
public abstract class DarknessCalculatorContract {

  /** Cerro Tololo (lsc), 30.17 S. */
  protected static final SiteGeography TOLOLO = SiteGeography.of(-30.1674, -70.8048, 2201, "America/Santiago", -4);
  /** Tromsø, 69.65 N: polar day in June, polar night in December. */
  protected static final SiteGeography TROMSO = SiteGeography.of(69.6492, 18.9553, 0, "Europe/Oslo", 1);
  /** On the equator at Greenwich longitude: solar noon is 12:00 UTC. */
  protected static final SiteGeography EQUATOR = SiteGeography.of(0, 0, 0, "UTC", 0);

  private static final LocalDate FIRST = LocalDate.parse("2026-01-01");
  private static final LocalDate LAST = LocalDate.parse("2026-12-31");

  /** The calculator under test. */
  protected abstract DarknessCalculator calculator();

  @Test
  void night_atTheEquatorOnTheEquinox_runsFromSunsetToSunriseAsAlmanacsGiveThem() {
    Night night = calculator().night(EQUATOR, LocalDate.parse("2026-03-20"), Twilight.SUNSET);

    // True noon 12:07:30 UTC (equation of time -7.5 min), half a day's arc at -0.833° is 6 h 03 min.
    assertThat(night.darkStart().orElseThrow()).isBetween(at("2026-03-20T18:08:00Z"), at("2026-03-20T18:14:00Z"));
    assertThat(night.darkEnd().orElseThrow()).isBetween(at("2026-03-21T06:01:00Z"), at("2026-03-21T06:07:00Z"));
    assertThat(night.localDate()).isEqualTo(LocalDate.parse("2026-03-20"));
  }

  @Test
  void night_midLatitude_beginsAfterSolarNoonAndEndsTheNextMorning() {
    for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(7)) {
      Instant noon = TOLOLO.solarNoon(date);
      Night night = calculator().night(TOLOLO, date, Twilight.ASTRONOMICAL);

      assertThat(night.darkStart().orElseThrow()).isAfter(noon).isBefore(noon.plus(Duration.ofHours(12)));
      assertThat(night.darkEnd().orElseThrow()).isAfter(noon.plus(Duration.ofHours(12)))
          .isBefore(noon.plus(Duration.ofHours(24)));
      assertThat(night.darkHours()).isBetween(6.0, 11.5);
    }
  }

  @Test
  void night_southernWinter_isLongerThanSouthernSummer() {
    double june = calculator().night(TOLOLO, LocalDate.parse("2026-06-21"), Twilight.SUNSET).darkHours();
    double december = calculator().night(TOLOLO, LocalDate.parse("2026-12-21"), Twilight.SUNSET).darkHours();

    assertThat(june).isCloseTo(13.8, within(0.3));
    assertThat(december).isCloseTo(10.0, within(0.3));
  }

  @Test
  void night_deeperTwilight_liesWithinTheShallowerOne() {
    for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(5)) {
      Night previous = calculator().night(TOLOLO, date, Twilight.SUNSET);
      for (Twilight deeper : List.of(Twilight.CIVIL, Twilight.NAUTICAL, Twilight.ASTRONOMICAL)) {
        Night night = calculator().night(TOLOLO, date, deeper);
        assertThat(night.darkStart().orElseThrow()).isAfter(previous.darkStart().orElseThrow());
        assertThat(night.darkEnd().orElseThrow()).isBefore(previous.darkEnd().orElseThrow());
        previous = night;
      }
    }
  }

  @Test
  void night_polarDay_hasNoDarknessAndZeroHours() {
    Night night = calculator().night(TROMSO, LocalDate.parse("2026-06-21"), Twilight.SUNSET);

    assertThat(night).isEqualTo(Night.withoutDarkness(LocalDate.parse("2026-06-21")));
    assertThat(night.darkHours()).isZero();
  }

  @Test
  void night_polarNight_isDarkFromSolarNoonToTheNextForTwentyFourHours() {
    LocalDate date = LocalDate.parse("2026-12-21");

    Night night = calculator().night(TROMSO, date, Twilight.SUNSET);

    assertThat(night.darkStart()).contains(TROMSO.solarNoon(date));
    assertThat(night.darkEnd()).contains(TROMSO.solarNoon(date.plusDays(1)));
    assertThat(night.darkHours()).isEqualTo(24.0);
  }

  @Test
  void nights_consecutiveDates_neverOverlapAndEachLiesWithinItsOwnDay() {
    for (SiteGeography site : List.of(TROMSO, TOLOLO)) {
      for (Twilight twilight : Twilight.values()) {
        Optional<Instant> previousEnd = Optional.empty();
        for (Night night : calculator().nights(site, FIRST, LAST, twilight)) {
          if (night.isDark()) {
            Instant noon = site.solarNoon(night.localDate());
            Instant nextNoon = site.solarNoon(night.localDate().plusDays(1));
            Instant start = night.darkStart().orElseThrow();
            assertThat(start).isBetween(noon, nextNoon.minusNanos(1));
            assertThat(night.darkEnd().orElseThrow()).isBetween(start, nextNoon);
            previousEnd.ifPresent(end -> assertThat(start).isAfterOrEqualTo(end));
            previousEnd = night.darkEnd();
          }
        }
      }
    }
  }

  @Test
  void nights_range_isTheNightOfEachDateInOrder() {
    List<Night> nights = calculator().nights(TOLOLO, FIRST, FIRST.plusDays(2), Twilight.NAUTICAL);

    assertThat(nights).containsExactly(calculator().night(TOLOLO, FIRST, Twilight.NAUTICAL),
        calculator().night(TOLOLO, FIRST.plusDays(1), Twilight.NAUTICAL),
        calculator().night(TOLOLO, FIRST.plusDays(2), Twilight.NAUTICAL));
  }

  @Test
  void nights_lastBeforeFirst_isRefused() {
    assertThatThrownBy(() -> calculator().nights(TOLOLO, FIRST, FIRST.minusDays(1), Twilight.SUNSET))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("last:");
  }

  @Test
  void night_elevation_changesNothing() {
    SiteGeography sealevel = new SiteGeography(TOLOLO.latitude(), TOLOLO.longitude(), 0, TOLOLO.timeZone(),
        TOLOLO.utcOffsetHours());
    LocalDate date = LocalDate.parse("2026-09-01");

    assertThat(calculator().night(sealevel, date, Twilight.SUNSET))
        .isEqualTo(calculator().night(TOLOLO, date, Twilight.SUNSET));
  }

  @Test
  void night_nullArgument_throwsNullPointerException() {
    LocalDate date = LocalDate.parse("2026-09-01");

    assertThatThrownBy(() -> calculator().night(null, date, Twilight.SUNSET)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calculator().night(TOLOLO, null, Twilight.SUNSET))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calculator().night(TOLOLO, date, null)).isInstanceOf(NullPointerException.class);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
