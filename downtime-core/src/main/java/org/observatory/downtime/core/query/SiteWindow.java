package org.observatory.downtime.core.query;

import java.time.Instant;
import java.util.Objects;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Timestamps;

/**
 * A span of time at one site, both ends included: e.g. the darkness of one night there.
 *
 * @param site the site code
 * @param from the first instant
 * @param to   the last instant, not before {@code from}
 */
public record SiteWindow(String site, Instant from, Instant to) {

  public SiteWindow {
    Objects.requireNonNull(site, "site");
    from = Timestamps.truncate(Objects.requireNonNull(from, "from"));
    to = Timestamps.truncate(Objects.requireNonNull(to, "to"));
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: " + to + " is before from " + from);
    }
  }

  /** Whether a downtime is at this site and overlaps the window: it ends at or after from, starts at or before to. */
  public boolean overlaps(Downtime downtime) {
    return site.equals(downtime.site()) && !downtime.end().isBefore(from) && !downtime.start().isAfter(to);
  }
}
