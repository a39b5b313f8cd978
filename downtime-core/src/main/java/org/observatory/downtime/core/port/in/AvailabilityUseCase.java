package org.observatory.downtime.core.port.in;

import org.observatory.downtime.core.availability.AvailabilityReport;
import org.observatory.downtime.core.availability.Interval;
import org.observatory.downtime.core.query.DowntimeQuery;

/** Availability statistics: how much of a window each telescope was down, overlaps counted once. */
public interface AvailabilityUseCase {

  /**
   * The report over a window.
   *
   * <p>Every telescope of the current catalogue that passes the filters is listed (with zero down time when no
   * downtime touches the window), plus any telescope that only stored downtimes still name.
   *
   * @param window  the period, not empty
   * @param filters which downtimes count (site, enclosure, telescope, instrument type, reason); its time bounds,
   *                order and paging are replaced by the window; not null
   * @throws IllegalArgumentException when the window is empty
   */
  AvailabilityReport report(Interval window, DowntimeQuery filters);
}
