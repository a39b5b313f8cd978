package org.observatory.downtime.core.availability;

import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.model.Twilight;

/**
 * The nights of a range of local dates at one site, with what downtimes took of each.
 *
 * @param site     the site code
 * @param twilight how dark the nights are
 * @param nights   one entry per local date, in date order
 */
public record NightsReport(String site, Twilight twilight, List<NightLosses> nights) {

  /** The most nights one report covers. */
  public static final int MAX_NIGHTS = 400;

  public NightsReport {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(twilight, "twilight");
    nights = List.copyOf(nights);
  }
}
