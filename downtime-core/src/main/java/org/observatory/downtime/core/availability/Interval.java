package org.observatory.downtime.core.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open stretch of time {@code [start, end)}; an interval whose end equals its start is empty.
 *
 * @param start first instant, not null
 * @param end   first instant after the interval, not before {@code start}
 */
public record Interval(Instant start, Instant end) {

  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end (" + end + ") must not be before start (" + start + ")");
    }
  }

  /** How long the interval lasts; zero when empty. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  public boolean isEmpty() {
    return start.equals(end);
  }

  /** Whether the two share at least one instant or touch end to start (so they merge into one). */
  public boolean overlapsOrTouches(Interval other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  /** The part of this interval inside {@code window}, or empty when none (touching counts as none). */
  public Optional<Interval> clipTo(Interval window) {
    Instant from = start.isAfter(window.start) ? start : window.start;
    Instant to = end.isBefore(window.end) ? end : window.end;
    return from.isBefore(to) ? Optional.of(new Interval(from, to)) : Optional.empty();
  }
}
