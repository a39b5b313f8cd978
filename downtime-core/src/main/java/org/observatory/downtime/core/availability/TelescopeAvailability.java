package org.observatory.downtime.core.availability;

import java.util.List;
import java.util.Objects;

/**
 * The availability of one telescope over a window.
 *
 * @param site            site code
 * @param enclosure       enclosure code
 * @param telescope       telescope code
 * @param wholeTelescope  what downtimes of the whole telescope (no instrument type) took away
 * @param instrumentTypes for each instrument type that downtimes target on this telescope, what they took away,
 *                        sorted by instrument type
 */
public record TelescopeAvailability(
    String site, String enclosure, String telescope, Availability wholeTelescope,
    List<InstrumentAvailability> instrumentTypes) {

  public TelescopeAvailability {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(enclosure, "enclosure");
    Objects.requireNonNull(telescope, "telescope");
    Objects.requireNonNull(wholeTelescope, "wholeTelescope");
    instrumentTypes = List.copyOf(instrumentTypes);
  }

  /** {@code site.enclosure.telescope}. */
  public String key() {
    return site + "." + enclosure + "." + telescope;
  }

  /**
   * The availability of one instrument type, counting only downtimes that target it.
   *
   * @param instrumentType the instrument type code
   * @param availability   what its own downtimes took away
   */
  public record InstrumentAvailability(String instrumentType, Availability availability) {
    public InstrumentAvailability {
      Objects.requireNonNull(instrumentType, "instrumentType");
      Objects.requireNonNull(availability, "availability");
    }
  }
}
