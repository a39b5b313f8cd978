package org.observatory.downtime.sun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.model.Twilight;

/**
 * Every night of 2026 at the demo network's seven sites and two Arctic ones, for every twilight, as commons-suncalc
 * gives it, against the NOAA solar position equations solved by bisection ({@link NoaaDarknessCalculator}).
 */
class SuncalcAgreesWithNoaaTest {

  private static final Duration TOLERANCE = Duration.ofMinutes(2);
  private static final LocalDate FIRST = LocalDate.parse("2026-01-01");
  private static final LocalDate LAST = LocalDate.parse("2026-12-31");

  /** The demo network's positions (as in downtime-configdb's demo-sites.json), then Tromsø and Longyearbyen. */
  private static final Map<String, SiteGeography> SITES = sites();

  private final SuncalcDarknessCalculator suncalc = new SuncalcDarknessCalculator();
  private final NoaaDarknessCalculator noaa = new NoaaDarknessCalculator();

  @ParameterizedTest
  @EnumSource(Twilight.class)
  void night_everySiteEveryDayOf2026_agreesWithNoaaWithinTwoMinutes(Twilight twilight) {
    List<String> disagreements = new ArrayList<>();
    List<String> grazing = new ArrayList<>();
    Map<String, Duration> worstBySite = new LinkedHashMap<>();
    Duration worst = Duration.ZERO;
    String worstAt = "";
    int withoutDarkness = 0;
    int polarNights = 0;
    for (Map.Entry<String, SiteGeography> site : SITES.entrySet()) {
      for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
        Night library = suncalc.night(site.getValue(), date, twilight);
        Night reference = noaa.night(site.getValue(), date, twilight);
        String where = site.getKey() + " " + date + ": suncalc " + describe(library) + ", NOAA " + describe(reference);
        Duration apart;
        if (library.isDark() == reference.isDark()) {
          apart = max(apart(library.darkStart(), reference.darkStart()), apart(library.darkEnd(), reference.darkEnd()));
          withoutDarkness += library.isDark() ? 0 : 1;
          polarNights += library.darkHours() == 24 && reference.darkHours() == 24 ? 1 : 0;
        } else {
          // The sun grazes the altitude: one finds a sliver of darkness, the other none. They disagree by its length.
          apart = max(library.darkness(), reference.darkness());
          grazing.add(where);
        }
        if (apart.compareTo(TOLERANCE) > 0) {
          disagreements.add(apart.toSeconds() + " s apart at " + where);
        }
        if (library.isDark() == reference.isDark()) {
          worstBySite.merge(site.getKey(), apart, SuncalcAgreesWithNoaaTest::max);
        }
        if (apart.compareTo(worst) > 0) {
          worst = apart;
          worstAt = where;
        }
      }
    }
    System.out.printf("%-12s largest disagreement %5.1f s at %s%n", twilight.apiName(), worst.toMillis() / 1000.0,
        worstAt);
    worstBySite.forEach((site, apart) -> System.out.printf("%-12s   %-12s %5.1f s (nights both call dark or not)%n", "",
        site, apart.toMillis() / 1000.0));
    System.out.printf("%-12s %d nights without darkness in both, %d polar nights (24 h) in both, %d grazing: %s%n",
        twilight.apiName(), withoutDarkness, polarNights, grazing.size(), grazing);

    assertThat(disagreements).isEmpty();
    assertThat(withoutDarkness).as("nights without darkness checked").isPositive();
  }

  @Test
  void night_arcticSites_polarDaysAndPolarNightsFallOnTheSameDates() {
    assertSamePolarDates("Tromsø", Twilight.SUNSET);
    assertSamePolarDates("Longyearbyen", Twilight.SUNSET);
    assertSamePolarDates("Longyearbyen", Twilight.CIVIL);
  }

  private void assertSamePolarDates(String site, Twilight twilight) {
    List<Night> library = suncalc.nights(SITES.get(site), FIRST, LAST, twilight);
    List<Night> reference = noaa.nights(SITES.get(site), FIRST, LAST, twilight);

    assertThat(datesWithout(library)).as("%s %s polar days", site, twilight).isNotEmpty()
        .isEqualTo(datesWithout(reference));
    assertThat(datesDarkAllDay(library)).as("%s %s polar nights", site, twilight).isNotEmpty()
        .isEqualTo(datesDarkAllDay(reference));
  }

  private static List<LocalDate> datesWithout(List<Night> nights) {
    return nights.stream().filter(night -> !night.isDark()).map(Night::localDate).toList();
  }

  /** Dates dark for all 24 hours, give or take the tolerance (a sunrise just before the next noon). */
  private static List<LocalDate> datesDarkAllDay(List<Night> nights) {
    return nights.stream().filter(night -> night.darkness().plus(TOLERANCE).compareTo(Duration.ofDays(1)) >= 0)
        .map(Night::localDate).toList();
  }

  private static Map<String, SiteGeography> sites() {
    Map<String, SiteGeography> sites = new LinkedHashMap<>();
    sites.put("ogg", SiteGeography.of(20.7071, -156.2576, 3055, "Pacific/Honolulu", -10));
    sites.put("coj", SiteGeography.of(-31.2729, 149.0706, 1168, "Australia/Sydney", 10));
    sites.put("lsc", SiteGeography.of(-30.1674, -70.8048, 2201, "America/Santiago", -4));
    sites.put("elp", SiteGeography.of(30.6799, -104.0152, 2010, "America/Chicago", -6));
    sites.put("cpt", SiteGeography.of(-32.3806, 20.8102, 1807, "Africa/Johannesburg", 2));
    sites.put("tfn", SiteGeography.of(28.3004, -16.5116, 2406, "Atlantic/Canary", 0));
    sites.put("cit", SiteGeography.of(34.1377, -118.1253, 240, "America/Los_Angeles", -8));
    sites.put("Tromsø", SiteGeography.of(69.6492, 18.9553, 10, "Europe/Oslo", 1));
    sites.put("Longyearbyen", SiteGeography.of(78.2232, 15.6267, 10, "Arctic/Longyearbyen", 1));
    return Collections.unmodifiableMap(sites);
  }

  private static Duration apart(Optional<Instant> a, Optional<Instant> b) {
    return a.isEmpty() ? Duration.ZERO : Duration.between(a.get(), b.orElseThrow()).abs();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String describe(Night night) {
    return night.isDark() ? night.darkStart().orElseThrow() + " to " + night.darkEnd().orElseThrow() : "no darkness";
  }
}
