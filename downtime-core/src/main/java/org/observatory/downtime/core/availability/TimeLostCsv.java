package org.observatory.downtime.core.availability;

import java.util.List;
import java.util.Locale;

/**
 * The dark-time-lost report as CSV (RFC 4180, CRLF-free: one {@code \n} per row): a header row naming the group, then
 * one row per group and a last {@code total} row. Hours to 0.01, fractions to 0.0001.
 */
public final class TimeLostCsv {

  /** The columns after the group's. */
  public static final List<String> COLUMNS =
      List.of("dark_hours", "dark_hours_lost", "fraction_lost", "instrument_hours_lost");

  private TimeLostCsv() {
  }

  public static String write(TimeLostReport report) {
    StringBuilder csv = new StringBuilder();
    csv.append(report.group().apiName()).append(',').append(String.join(",", COLUMNS)).append('\n');
    for (TimeLostRow row : report.rows()) {
      line(csv, row.key(), row);
    }
    line(csv, "total", report.total());
    return csv.toString();
  }

  /** Hours rounded to 0.01. */
  public static double hours(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** A fraction rounded to 0.0001. */
  public static double fraction(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static void line(StringBuilder csv, String key, TimeLostRow row) {
    csv.append(field(key)).append(',')
        .append(number(hours(row.darkHours()))).append(',')
        .append(number(hours(row.darkHoursLost()))).append(',')
        .append(number(fraction(row.fractionLost()))).append(',')
        .append(number(hours(row.instrumentHours()))).append('\n');
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }

  private static String field(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
