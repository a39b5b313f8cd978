package org.observatory.downtime.core.availability;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How much of a window something was down: the merged down intervals inside the window, their total and its share.
 *
 * @param down     disjoint down intervals inside the window, in time order
 * @param downTime the total of {@code down}
 * @param fraction {@code downTime} divided by the window's length, from 0 to 1
 */
public record Availability(List<Interval> down, Duration downTime, double fraction) {

  public Availability {
    down = List.copyOf(down);
    Objects.requireNonNull(downTime, "downTime");
    if (fraction < 0 || fraction > 1) {
      throw new IllegalArgumentException("fraction must be between 0 and 1, was " + fraction);
    }
  }

  /**
   * The availability over {@code window} given periods of downtime that may overlap each other or the window's edges.
   *
   * @throws IllegalArgumentException when the window is empty
   */
  public static Availability of(Collection<Interval> downtimes, Interval window) {
    List<Interval> merged = Intervals.clip(downtimes, window);
    Duration total = Intervals.sum(merged);
    return new Availability(merged, total, Math.min(1.0, Intervals.fraction(merged, window)));
  }

  /** The down time in hours, with its fraction. */
  public double downHours() {
    return Intervals.seconds(downTime) / 3600.0;
  }
}
