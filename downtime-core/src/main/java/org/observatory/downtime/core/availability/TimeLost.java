package org.observatory.downtime.core.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Night;

/**
 * The dark-time-lost computation, pure: each telescope's downtimes merged (overlaps counted once) and clipped to its
 * site's darkness, night by night, then summed by telescope, category or month.
 */
public final class TimeLost {

  private static final double HOUR = 3600;
  private static final java.util.Comparator<Downtime> BY_TIME =
      java.util.Comparator.comparing(Downtime::start).thenComparing(Downtime::end);

  private TimeLost() {
  }

  /**
   * The report.
   *
   * @param telescopes each telescope key {@code site.enclosure.telescope} counted, with its site's nights in date order
   * @param downtimes  the downtimes to count, any order; those of other telescopes are ignored
   */
  public static TimeLostReport report(TimeLostQuery query, Map<String, List<Night>> telescopes,
                                      List<Downtime> downtimes) {
    Map<String, List<Downtime>> byTelescope = new HashMap<>();
    for (Downtime downtime : downtimes) {
      if (telescopes.containsKey(downtime.telescopeKey())) {
        byTelescope.computeIfAbsent(downtime.telescopeKey(), key -> new ArrayList<>()).add(downtime);
      }
    }
    Map<String, Sums> groups = new TreeMap<>();
    Sums total = new Sums();
    for (Map.Entry<String, List<Night>> telescope : new TreeMap<>(telescopes).entrySet()) {
      List<Night> dark = telescope.getValue().stream().filter(Night::isDark).toList();
      List<Interval> windows = dark.stream()
          .map(night -> new Interval(night.darkStart().orElseThrow(), night.darkEnd().orElseThrow())).toList();
      // Sorted once by start, every interval list built below is already in merge order, so each merge's sort
      // is a single linear pass instead of a full sort per category.
      List<Downtime> own = new ArrayList<>(byTelescope.getOrDefault(telescope.getKey(), List.of()));
      own.sort(BY_TIME);
      Map<String, double[]> lostByCategory = new TreeMap<>();
      Map<String, double[]> instrumentByCategory = new TreeMap<>();
      for (String category : own.stream().map(Downtime::category).distinct().toList()) {
        lostByCategory.put(category, perWindow(intervals(own, category, true), windows));
        instrumentByCategory.put(category, perWindow(intervals(own, category, false), windows));
      }
      double[] lost = perWindow(intervals(own, null, true), windows);
      double[] instrument = perWindow(intervals(own, null, false), windows);
      for (int i = 0; i < windows.size(); i++) {
        double hours = Intervals.seconds(windows.get(i).duration()) / HOUR;
        LocalDate date = dark.get(i).localDate();
        String month = date.toString().substring(0, 7);
        Map<String, Double> categories = new HashMap<>();
        int at = i;
        lostByCategory.forEach((category, seconds) -> categories.put(category, seconds[at] / HOUR));
        if (query.group() == TimeLostReport.Group.CATEGORY) {
          for (String category : lostByCategory.keySet()) {
            groups.computeIfAbsent(category, key -> new Sums()).add(0, lostByCategory.get(category)[i] / HOUR,
                instrumentByCategory.get(category)[i] / HOUR, Map.of(category, lostByCategory.get(category)[i] / HOUR));
          }
        } else {
          String key = query.group() == TimeLostReport.Group.MONTH ? month : telescope.getKey();
          groups.computeIfAbsent(key, k -> new Sums()).add(hours, lost[i] / HOUR, instrument[i] / HOUR, categories);
        }
        total.add(hours, lost[i] / HOUR, instrument[i] / HOUR, categories);
      }
      if (query.group() == TimeLostReport.Group.TELESCOPE) {
        groups.computeIfAbsent(telescope.getKey(), key -> new Sums());
      }
    }
    List<TimeLostRow> rows = new ArrayList<>();
    groups.forEach((key, sums) -> rows.add(sums.row(key,
        query.group() == TimeLostReport.Group.CATEGORY ? total.dark : sums.dark)));
    return new TimeLostReport(query.first(), query.last(), query.twilight(), query.group(), rows,
        total.row("total", total.dark));
  }

  // The merged intervals of whole-telescope (or single-instrument) downtimes, of one category or of all (null).
  private static List<Interval> intervals(List<Downtime> downtimes, String category, boolean whole) {
    List<Interval> intervals = new ArrayList<>(downtimes.size());
    for (Downtime downtime : downtimes) {
      if (downtime.wholeTelescope() == whole && (category == null || category.equals(downtime.category()))) {
        intervals.add(new Interval(downtime.start(), downtime.end()));
      }
    }
    return Intervals.merge(intervals);
  }

  /** Seconds of each window covered by the merged intervals; both lists sorted and disjoint. */
  static double[] perWindow(List<Interval> merged, List<Interval> windows) {
    double[] seconds = new double[windows.size()];
    int first = 0;
    for (int i = 0; i < windows.size(); i++) {
      Interval window = windows.get(i);
      while (first < merged.size() && !merged.get(first).end().isAfter(window.start())) {
        first++;
      }
      for (int k = first; k < merged.size() && merged.get(k).start().isBefore(window.end()); k++) {
        Instant from = later(merged.get(k).start(), window.start());
        Instant to = earlier(merged.get(k).end(), window.end());
        seconds[i] += Intervals.seconds(java.time.Duration.between(from, to));
      }
    }
    return seconds;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Running sums of one group. */
  private static final class Sums {
    private double dark;
    private double lost;
    private double instrument;
    private final Map<String, Double> categories = new TreeMap<>();

    void add(double darkHours, double lostHours, double instrumentHours, Map<String, Double> byCategory) {
      dark += darkHours;
      lost += lostHours;
      instrument += instrumentHours;
      byCategory.forEach((category, hours) -> categories.merge(category, hours, Double::sum));
    }

    TimeLostRow row(String key, double darkHours) {
      Map<String, Double> lostSome = new TreeMap<>();
      categories.forEach((category, hours) -> {
        if (hours > 0) {
          lostSome.put(category, hours);
        }
      });
      return new TimeLostRow(key, darkHours, lost, instrument, lostSome);
    }
  }
}
