package org.observatory.downtime.sun;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.port.out.DarknessCalculator;

/**
 * The port's night definitions computed from {@link NoaaSolarPosition}: the reference the adapter is checked against.
 *
 * <p>The sun's altitude rises monotonically from each lower culmination to the next upper one and falls after it, so
 * the culminations (found near the NOAA equation-of-time noons by golden-section search) cut time into pieces with
 * at most one crossing each, found by bisection to 10 ms. No crossing is missed however briefly the sun grazes.
 */
final class NoaaDarknessCalculator implements DarknessCalculator {

  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration HALF_DAY = Duration.ofHours(12);
  private static final Duration SEARCH = Duration.ofMinutes(40);

  /** The sun crossing the altitude at {@code at}, going up when {@code rising}. */
  private record Crossing(Instant at, boolean rising) {
  }

  @Override
  public Night night(SiteGeography site, LocalDate localDate, Twilight twilight) {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(localDate, "localDate");
    Objects.requireNonNull(twilight, "twilight");
    ToDoubleFunction<Instant> aboveAltitude =
        t -> NoaaSolarPosition.altitude(site.latitude(), site.longitude(), t) - twilight.altitude();
    Instant noon = site.solarNoon(localDate);
    Instant nextNoon = noon.plus(DAY);
    List<Crossing> crossings = crossings(site, aboveAltitude, noon, nextNoon);
    Optional<Instant> set = crossings.stream().filter(crossing -> !crossing.rising()).map(Crossing::at).findFirst();
    if (set.isEmpty() && aboveAltitude.applyAsDouble(noon) > 0) {
      return Night.withoutDarkness(localDate);
    }
    Instant start = set.orElse(noon);
    Instant end = crossings.stream().filter(crossing -> crossing.rising() && crossing.at().isAfter(start))
        .map(Crossing::at).findFirst().orElse(nextNoon);
    return Night.dark(localDate, start, end);
  }

  private static List<Crossing> crossings(SiteGeography site, ToDoubleFunction<Instant> f, Instant from, Instant to) {
    List<Instant> cuts = new ArrayList<>();
    LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
    for (; !day.isAfter(to.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)); day = day.plusDays(1)) {
      Instant transit = transit(site, day);
      cuts.add(extremum(f, transit, true));
      cuts.add(extremum(f, transit.plus(HALF_DAY), false));
    }
    cuts.removeIf(cut -> !cut.isAfter(from) || !cut.isBefore(to));
    cuts.add(from);
    cuts.add(to);
    cuts.sort(null);
    List<Crossing> crossings = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      boolean upAtStart = f.applyAsDouble(cuts.get(i)) > 0;
      if (upAtStart != f.applyAsDouble(cuts.get(i + 1)) > 0) {
        crossings.add(new Crossing(bisect(f, cuts.get(i), cuts.get(i + 1), upAtStart), !upAtStart));
      }
    }
    return crossings;
  }

  /** Apparent solar noon of a UTC date: 12:00 minus longitude/15 hours minus the equation of time. */
  private static Instant transit(SiteGeography site, LocalDate day) {
    Instant mean = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(Math.round(43_200 - 240 * site.longitude()));
    Instant transit = mean;
    for (int i = 0; i < 2; i++) {
      transit = mean.minusMillis(Math.round(NoaaSolarPosition.equationOfTimeMinutes(transit) * 60_000));
    }
    return transit;
  }

  /** The highest (or lowest) altitude within {@link #SEARCH} of {@code near}, by golden-section search. */
  private static Instant extremum(ToDoubleFunction<Instant> f, Instant near, boolean highest) {
    double sign = highest ? 1 : -1;
    double lo = -SEARCH.toNanos();
    double hi = SEARCH.toNanos();
    double ratio = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 60; i++) {
      double a = hi - ratio * (hi - lo);
      double b = lo + ratio * (hi - lo);
      if (sign * f.applyAsDouble(near.plusNanos((long) a)) > sign * f.applyAsDouble(near.plusNanos((long) b))) {
        hi = b;
      } else {
        lo = a;
      }
    }
    return near.plusNanos((long) ((lo + hi) / 2));
  }

  private static Instant bisect(ToDoubleFunction<Instant> f, Instant from, Instant to, boolean upAtFrom) {
    Instant lo = from;
    Instant hi = to;
    while (Duration.between(lo, hi).toMillis() > 10) {
      Instant middle = lo.plus(Duration.between(lo, hi).dividedBy(2));
      if (f.applyAsDouble(middle) > 0 == upAtFrom) {
        lo = middle;
      } else {
        hi = middle;
      }
    }
    return lo.plus(Duration.between(lo, hi).dividedBy(2));
  }
}
