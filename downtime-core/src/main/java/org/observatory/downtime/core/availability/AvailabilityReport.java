package org.observatory.downtime.core.availability;

import java.util.List;
import java.util.Objects;

/**
 * Down time per telescope (and per targeted instrument type) over one window.
 *
 * @param window     the period reported on, not empty
 * @param telescopes one entry per telescope, sorted by {@code site.enclosure.telescope}
 */
public record AvailabilityReport(Interval window, List<TelescopeAvailability> telescopes) {

  public AvailabilityReport {
    Objects.requireNonNull(window, "window");
    telescopes = List.copyOf(telescopes);
  }
}
