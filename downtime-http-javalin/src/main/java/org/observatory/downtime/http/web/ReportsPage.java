package org.observatory.downtime.http.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.observatory.downtime.core.availability.TimeLostReport;
import org.observatory.downtime.core.model.Category;

/**
 * The reports page {@code /reports/}: the filters, the chart of dark time lost per telescope by category, and the
 * month-by-month table.
 *
 * @param layout    page chrome
 * @param values    the filter values to show again
 * @param errors    messages per parameter
 * @param sites     site codes to offer
 * @param telescopes telescope codes to offer
 * @param chart     the chart, or {@code null} when the filters are invalid
 * @param months    the report grouped by month, or {@code null} when the filters are invalid
 * @param apiUrl    the same report from the API (JSON); add {@code &format=csv} for CSV
 */
public record ReportsPage(Layout layout, Map<String, List<String>> values, Map<String, List<String>> errors,
    List<String> sites, List<String> telescopes, TimeLostChart chart, TimeLostReport months, String apiUrl)
    implements SubmittedFilters {

  public ReportsPage {
    Objects.requireNonNull(layout, "layout");
    values = Map.copyOf(values);
    errors = Map.copyOf(errors);
    sites = List.copyOf(sites);
    telescopes = List.copyOf(telescopes);
    Objects.requireNonNull(apiUrl, "apiUrl");
  }

  /** The categories offered. */
  public List<String> categories() {
    return Category.CODES;
  }

  /** Hours written for the table. */
  public static String hours(double value) {
    return String.format(java.util.Locale.ROOT, "%.2f", value);
  }

  /** A fraction as a percentage for the table. */
  public static String percent(double fraction) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", 100 * fraction);
  }
}
