package org.observatory.downtime.http.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.downtime.core.availability.Availability;
import org.observatory.downtime.core.availability.AvailabilityReport;
import org.observatory.downtime.core.availability.Interval;
import org.observatory.downtime.core.availability.Intervals;
import org.observatory.downtime.core.availability.TelescopeAvailability;
import org.observatory.downtime.core.model.Timestamps;

/** The JSON shape of {@code GET /api/availability/}: the window, then each telescope's down time and intervals. */
final class AvailabilityRepresentation {

  private AvailabilityRepresentation() {
  }

  static Map<String, Object> of(AvailabilityReport report) {
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("start", Timestamps.format(report.window().start()));
    window.put("end", Timestamps.format(report.window().end()));
    window.put("hours", round(Intervals.seconds(report.window().duration()) / 3600.0));
    List<Map<String, Object>> telescopes = new ArrayList<>();
    for (TelescopeAvailability telescope : report.telescopes()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", telescope.key());
      item.put("site", telescope.site());
      item.put("enclosure", telescope.enclosure());
      item.put("telescope", telescope.telescope());
      figures(item, telescope.wholeTelescope());
      List<Map<String, Object>> instruments = new ArrayList<>();
      for (TelescopeAvailability.InstrumentAvailability instrument : telescope.instrumentTypes()) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("instrument_type", instrument.instrumentType());
        figures(one, instrument.availability());
        instruments.add(one);
      }
      item.put("instrument_types", instruments);
      telescopes.add(item);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("window", window);
    answer.put("telescopes", telescopes);
    return answer;
  }

  private static void figures(Map<String, Object> item, Availability availability) {
    item.put("down_hours", round(availability.downHours()));
    item.put("fraction", round(availability.fraction()));
    List<Map<String, String>> intervals = new ArrayList<>();
    for (Interval interval : availability.down()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("start", Timestamps.format(interval.start()));
      one.put("end", Timestamps.format(interval.end()));
      intervals.add(one);
    }
    item.put("intervals", intervals);
  }

  // Six decimals: below a second per hour, and free of binary noise such as 0.30000000000000004.
  private static double round(double value) {
    return Math.round(value * 1e6) / 1e6;
  }
}
