package org.observatory.downtime.core.availability;

import java.util.Map;
import java.util.TreeMap;

/**
 * One group of the dark-time-lost report: a telescope, a category or a month.
 *
 * @param key             the telescope key {@code site.enclosure.telescope}, the category ({@code ""} for
 *                        uncategorised) or the month {@code YYYY-MM} of the nights' local dates
 * @param darkHours       hours of darkness the group's telescopes had
 * @param darkHoursLost   hours of that darkness covered by whole-telescope downtimes, overlaps counted once
 * @param instrumentHours hours of darkness covered by downtimes of single instrument types, overlaps counted once
 * @param lostByCategory  {@code darkHoursLost} split by the downtimes' category (where downtimes of several
 *                        categories overlap, each category counts its own hours)
 */
public record TimeLostRow(String key, double darkHours, double darkHoursLost, double instrumentHours,
                          Map<String, Double> lostByCategory) {

  public TimeLostRow {
    lostByCategory = java.util.Collections.unmodifiableMap(new TreeMap<>(lostByCategory));
  }

  /** The share of the darkness lost, from 0 to 1; 0 without darkness. */
  public double fractionLost() {
    return darkHours == 0 ? 0 : darkHoursLost / darkHours;
  }
}
