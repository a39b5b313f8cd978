package org.observatory.downtime.core.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Interval arithmetic for availability: merging overlapping periods so that no instant counts twice, clipping
 * to a window, and summing durations. Pure functions; inputs are never changed.
 */
public final class Intervals {

  private Intervals() {
  }

  /**
   * Merges overlapping and touching intervals into the fewest disjoint ones, sorted by start; empty intervals
   * are dropped.
   *
   * @param intervals any intervals in any order, not null (may be empty)
   * @return disjoint, non-empty intervals in time order, with gaps between each pair
   */
  public static List<Interval> merge(Collection<Interval> intervals) {
    List<Interval> sorted = intervals.stream()
        .filter(interval -> !interval.isEmpty())
        .sorted(Comparator.comparing(Interval::start).thenComparing(Interval::end))
        .toList();
    List<Interval> merged = new ArrayList<>();
    for (Interval next : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).overlapsOrTouches(next)) {
        Interval current = merged.get(last);
        merged.set(last, new Interval(current.start(), latest(current.end(), next.end())));
      } else {
        merged.add(next);
      }
    }
    return List.copyOf(merged);
  }

  /**
   * The parts of the intervals inside the window, merged: what {@link #merge} gives after cutting every
   * interval at the window's edges.
   *
   * @param window the period of interest, not null
   */
  public static List<Interval> clip(Collection<Interval> intervals, Interval window) {
    List<Interval> inside = new ArrayList<>();
    for (Interval interval : intervals) {
      interval.clipTo(window).ifPresent(inside::add);
    }
    return merge(inside);
  }

  /** The time covered by the intervals, each instant counted once however many intervals cover it. */
  public static Duration covered(Collection<Interval> intervals) {
    return sum(merge(intervals));
  }

  /** The plain sum of the durations (overlaps count twice: merge first to avoid that). */
  public static Duration sum(Collection<Interval> intervals) {
    Duration total = Duration.ZERO;
    for (Interval interval : intervals) {
      total = total.plus(interval.duration());
    }
    return total;
  }

  /**
   * The share of the window the intervals cover, from 0 to 1.
   *
   * @throws IllegalArgumentException when the window is empty
   */
  public static double fraction(Collection<Interval> intervals, Interval window) {
    if (window.isEmpty()) {
      throw new IllegalArgumentException("the window must not be empty");
    }
    return seconds(sum(clip(intervals, window))) / seconds(window.duration());
  }

  /** A duration in seconds with its fraction, e.g. for hours as {@code seconds(d) / 3600}. */
  public static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
