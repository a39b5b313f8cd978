package org.observatory.downtime.sun;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.port.out.DarknessCalculator;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Computes nights with commons-suncalc's {@link SunTimes}: the sun's rise and set through the twilight's altitude,
 * found by sampling its geocentric altitude hourly and interpolating (times to the second).
 *
 * <p>The altitude is passed as a plain angle ({@code twilight(double)}), which the library applies to the sun's
 * centre with no refraction, parallax or correction for height. The elevation is never set: the night definitions
 * make no correction for the observer's height (in 3.11 only the library's {@code VISUAL} twilights use it).
 */
public final class SuncalcDarknessCalculator implements DarknessCalculator {

  private static final Duration DAY = Duration.ofDays(1);

  @Override
  public Night night(SiteGeography site, LocalDate localDate, Twilight twilight) {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(localDate, "localDate");
    Objects.requireNonNull(twilight, "twilight");
    Instant noon = site.solarNoon(localDate);
    Instant nextNoon = noon.plus(DAY);

    // Over [noon, next noon): a set found begins the night; with none, the library's alwaysUp (cleared only by a set)
    // still says whether the sun was above at noon.
    SunTimes day = sunTimes(site, twilight, noon, DAY);
    Optional<Instant> set = instant(day.getSet());
    if (set.isEmpty() && day.isAlwaysUp()) {
      return Night.withoutDarkness(localDate);
    }
    Instant start = set.orElse(noon);
    Optional<Instant> firstRise = instant(day.getRise());
    if (firstRise.isPresent() && !firstRise.get().isAfter(start)) {
      // The sun was below at noon and rose before it set: the night ends at the rise after that set, if any.
      firstRise = instant(sunTimes(site, twilight, start, Duration.between(start, nextNoon)).getRise());
    }
    Instant end = firstRise.orElse(nextNoon);
    return end.isAfter(start) ? Night.dark(localDate, start, end) : Night.withoutDarkness(localDate);
  }

  private static SunTimes sunTimes(SiteGeography site, Twilight twilight, Instant from, Duration window) {
    return SunTimes.compute()
        .on(ZonedDateTime.ofInstant(from, ZoneOffset.UTC))
        .at(site.latitude(), site.longitude())
        .twilight(twilight.altitude())
        .limit(window)
        .execute();
  }

  private static Optional<Instant> instant(ZonedDateTime time) {
    return Optional.ofNullable(time).map(ZonedDateTime::toInstant);
  }
}
