package org.observatory.downtime.http.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.observatory.downtime.core.availability.TimeLostReport;
import org.observatory.downtime.core.availability.TimeLostRow;
import org.observatory.downtime.core.model.Category;

/**
 * The stacked bar chart of the reports page, as SVG geometry: one bar per telescope, the share of its darkness lost,
 * one segment per category (drawn with the category's CSS class; no inline style or script).
 *
 * @param width  the SVG's width
 * @param height the SVG's height
 * @param scale  the share of darkness the full bar width stands for, e.g. 0.25 for 25 %
 * @param bars   the telescopes, in key order
 */
public record TimeLostChart(int width, int height, double scale, List<Bar> bars) {

  static final int LABEL = 150;
  static final int BAR = 22;
  static final int GAP = 8;
  static final int PLOT = 520;

  /** One telescope's bar. */
  public record Bar(String telescope, int y, List<Segment> segments, String total, int textX) {
  }

  /**
   * One category's part of a bar.
   *
   * @param cssClass {@code cat-maintenance} etc., {@code cat-none} for uncategorised downtimes
   * @param title    what hovering the segment shows
   */
  public record Segment(String cssClass, int x, int width, String title) {
  }

  /** The chart of a report grouped by telescope. */
  static TimeLostChart of(TimeLostReport report) {
    double max = report.rows().stream().mapToDouble(TimeLostRow::fractionLost).max().orElse(0);
    double scale = Math.max(0.01, Math.ceil(max * 20) / 20);
    List<Bar> bars = new ArrayList<>();
    int y = GAP;
    for (TimeLostRow row : report.rows()) {
      List<Segment> segments = new ArrayList<>();
      int x = LABEL;
      List<String> order = new ArrayList<>(Category.CODES);
      order.add(Category.NONE);
      for (String category : order) {
        double hours = row.lostByCategory().getOrDefault(category, 0.0);
        if (hours <= 0 || row.darkHours() <= 0) {
          continue;
        }
        int w = Math.max(1, (int) Math.round(PLOT * hours / row.darkHours() / scale));
        String name = category.isEmpty() ? "uncategorised" : category;
        segments.add(new Segment(category.isEmpty() ? "cat-none" : "cat-" + category, x, w,
            String.format(Locale.ROOT, "%s: %s, %.2f h of %.2f dark h", row.key(), name, hours, row.darkHours())));
        x += w;
      }
      String total = String.format(Locale.ROOT, "%.1f %% (%.1f h)", 100 * row.fractionLost(), row.darkHoursLost());
      bars.add(new Bar(row.key(), y, segments, total, x + 6));
      y += BAR + GAP;
    }
    return new TimeLostChart(LABEL + PLOT + 120, y + 20, scale, bars);
  }

  /** The axis label: what the full bar width stands for. */
  public String scaleLabel() {
    return String.format(Locale.ROOT, "%.0f %% of darkness", 100 * scale);
  }

  public int barHeight() {
    return BAR;
  }

  public int plotRight() {
    return LABEL + PLOT;
  }
}
