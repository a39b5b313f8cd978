package org.observatory.downtime.core.query;

import java.time.Instant;
import java.util.Optional;
import org.observatory.downtime.core.model.Timestamps;

/**
 * An inclusive range of instants with optional bounds, as a list filter on one time field; kept to the microsecond,
 * the precision every store keeps.
 *
 * @param from the earliest instant allowed, or {@code null} for no lower bound
 * @param to   the latest instant allowed, or {@code null} for no upper bound
 */
public record TimeRange(Instant from, Instant to) {

  /** The range without bounds: no filter. */
  public static final TimeRange ANY = new TimeRange(null, null);

  public TimeRange {
    from = from == null ? null : Timestamps.truncate(from);
    to = to == null ? null : Timestamps.truncate(to);
  }

  /** The same range with another lower bound ({@code null} removes it). */
  public TimeRange withFrom(Instant value) {
    return new TimeRange(value, to);
  }

  /** The same range with another upper bound ({@code null} removes it). */
  public TimeRange withTo(Instant value) {
    return new TimeRange(from, value);
  }

  public Optional<Instant> lower() {
    return Optional.ofNullable(from);
  }

  public Optional<Instant> upper() {
    return Optional.ofNullable(to);
  }

  /** Whether an instant lies within the bounds (both inclusive). */
  public boolean contains(Instant value) {
    return (from == null || !value.isBefore(from)) && (to == null || !value.isAfter(to));
  }
}
