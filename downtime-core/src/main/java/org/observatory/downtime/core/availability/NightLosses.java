package org.observatory.downtime.core.availability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Night;

/**
 * One night at a site and what downtimes took of its darkness.
 *
 * @param night               the night (its darkness may be absent: polar day)
 * @param downtimes           ids of the downtimes overlapping the darkness (ends included), in id order
 * @param darkHoursLost       per telescope key {@code site.enclosure.telescope}: the hours of darkness covered by
 *                            whole-telescope downtimes, overlaps counted once
 * @param instrumentHoursLost per telescope key: the hours of darkness covered by downtimes of single instrument types
 *                            (the telescope still observes with its other instruments), overlaps counted once
 */
public record NightLosses(Night night, List<Long> downtimes, Map<String, Double> darkHoursLost,
                          Map<String, Double> instrumentHoursLost) {

  public NightLosses {
    downtimes = List.copyOf(downtimes);
    darkHoursLost = java.util.Collections.unmodifiableMap(new TreeMap<>(darkHoursLost));
    instrumentHoursLost = java.util.Collections.unmodifiableMap(new TreeMap<>(instrumentHoursLost));
  }

  /**
   * What these downtimes took of the night's darkness.
   *
   * @param candidates downtimes at the night's site, any of which may or may not overlap it
   */
  public static NightLosses of(Night night, List<Downtime> candidates) {
    if (!night.isDark()) {
      return new NightLosses(night, List.of(), Map.of(), Map.of());
    }
    Interval dark = new Interval(night.darkStart().orElseThrow(), night.darkEnd().orElseThrow());
    List<Long> ids = new ArrayList<>();
    Map<String, List<Interval>> whole = new TreeMap<>();
    Map<String, List<Interval>> instruments = new TreeMap<>();
    for (Downtime downtime : candidates) {
      if (downtime.end().isBefore(dark.start()) || downtime.start().isAfter(dark.end())) {
        continue;
      }
      ids.add(downtime.id());
      (downtime.wholeTelescope() ? whole : instruments)
          .computeIfAbsent(downtime.telescopeKey(), key -> new ArrayList<>())
          .add(new Interval(downtime.start(), downtime.end()));
    }
    ids.sort(Long::compare);
    return new NightLosses(night, ids, hours(whole, dark), hours(instruments, dark));
  }

  /** Hours rounded to the hundredth, as the API writes them. */
  public static double round(double hours) {
    return Math.round(hours * 100) / 100.0;
  }

  private static Map<String, Double> hours(Map<String, List<Interval>> byTelescope, Interval dark) {
    Map<String, Double> hours = new TreeMap<>();
    byTelescope.forEach((key, intervals) -> {
      Duration covered = Intervals.sum(Intervals.clip(intervals, dark));
      if (!covered.isZero()) {
        hours.put(key, round(Intervals.seconds(covered) / 3600));
      }
    });
    return hours;
  }
}
