package org.observatory.downtime.core.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The darkness of one night at a site: from when the sun goes below a twilight's altitude until it comes back.
 *
 * @param localDate the date whose evening the night begins on, counted from local solar noon
 * @param darkStart when darkness begins; empty when the sun never goes below the altitude that night
 * @param darkEnd   when darkness ends; present exactly when {@code darkStart} is, and after it
 */
public record Night(LocalDate localDate, Optional<Instant> darkStart, Optional<Instant> darkEnd) {

  public Night {
    Objects.requireNonNull(localDate, "localDate");
    Objects.requireNonNull(darkStart, "darkStart");
    Objects.requireNonNull(darkEnd, "darkEnd");
    if (darkStart.isPresent() != darkEnd.isPresent()) {
      throw new IllegalArgumentException("darkEnd: must be given exactly when darkStart is (darkStart " + darkStart
          + ", darkEnd " + darkEnd + ")");
    }
    if (darkStart.isPresent() && !darkEnd.get().isAfter(darkStart.get())) {
      throw new IllegalArgumentException("darkEnd: " + darkEnd.get() + " is not after darkStart " + darkStart.get());
    }
  }

  /** A night that is dark from {@code start} to {@code end}. */
  public static Night dark(LocalDate localDate, Instant start, Instant end) {
    return new Night(localDate, Optional.of(start), Optional.of(end));
  }

  /** A night without darkness: the sun stays above the altitude (polar day, or the edge of one). */
  public static Night withoutDarkness(LocalDate localDate) {
    return new Night(localDate, Optional.empty(), Optional.empty());
  }

  /** How long it is dark; zero for a night without darkness. */
  public Duration darkness() {
    return darkStart.map(start -> Duration.between(start, darkEnd.orElseThrow())).orElse(Duration.ZERO);
  }

  /** How long it is dark, in hours (e.g. {@code 10.5}); {@code 0} for a night without darkness. */
  public double darkHours() {
    return darkness().toMillis() / 3_600_000.0;
  }

  /** Whether the sun goes below the altitude at all this night. */
  public boolean isDark() {
    return darkStart.isPresent();
  }
}
