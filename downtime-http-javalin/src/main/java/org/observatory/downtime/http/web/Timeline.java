package org.observatory.downtime.http.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.query.SiteWindow;

/** Lays out downtimes on a per-telescope time axis: pure geometry, so it can be tested without a browser. */
public final class Timeline {

  /** How far ahead the timeline looks when no window is asked for. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(14);

  static final double WIDTH = 1000;
  static final double LABEL_WIDTH = 130;
  static final double RIGHT_MARGIN = 10;
  static final double TOP = 26;
  static final double ROW_HEIGHT = 26;
  static final double BOTTOM = 6;
  /** A bar never gets narrower than this, so that a one-minute downtime can still be seen and hovered. */
  static final double MIN_BAR = 2;
  private static final int MAX_TICKS = 10;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private Timeline() {
  }

  /**
   * Draws the window {@code [from, to]}.
   *
   * @param telescopes row keys ({@code site.enclosure.telescope}) to show even without downtimes
   * @param downtimes  downtimes to draw; those outside the window are left out, their telescopes still get a row
   * @param now        the current time, marked when inside the window
   * @throws IllegalArgumentException when {@code to} is not after {@code from}
   */
  public static TimelineChart draw(Collection<String> telescopes, List<Downtime> downtimes, Instant from, Instant to,
      Instant now) {
    return draw(telescopes, downtimes, from, to, now, SiteDarkness.NONE);
  }

  /**
   * Draws the window with each site's darkness shaded behind its telescopes' rows, and the downtimes' local site
   * times in their titles.
   */
  static TimelineChart draw(Collection<String> telescopes, List<Downtime> downtimes, Instant from, Instant to,
      Instant now, SiteDarkness darkness) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from");
    }
    Map<String, Integer> rowIndex = new TreeMap<>();
    telescopes.forEach(key -> rowIndex.put(key, 0));
    downtimes.forEach(downtime -> rowIndex.put(downtime.telescopeKey(), 0));
    List<TimelineChart.Row> rows = new ArrayList<>();
    for (String key : rowIndex.keySet()) {
      double y = TOP + rows.size() * ROW_HEIGHT;
      rowIndex.put(key, rows.size());
      rows.add(new TimelineChart.Row(key, y, ROW_HEIGHT, round(y + ROW_HEIGHT / 2 + 4), rows.size() % 2 == 1));
    }
    Axis axis = new Axis(from, to);
    List<TimelineChart.Bar> bars = new ArrayList<>();
    for (Downtime downtime : downtimes) {
      if (downtime.end().isBefore(from) || downtime.start().isAfter(to)) {
        continue;
      }
      double rowY = TOP + rowIndex.get(downtime.telescopeKey()) * ROW_HEIGHT;
      double x1 = axis.x(downtime.start());
      double width = Math.max(MIN_BAR, axis.x(downtime.end()) - x1);
      boolean instrument = !downtime.wholeTelescope();
      // Whole-telescope bars fill the row; instrument-level ones take its lower half, hatched.
      double y = instrument ? rowY + ROW_HEIGHT / 2 : rowY + 3;
      double height = instrument ? ROW_HEIGHT / 2 - 3 : ROW_HEIGHT - 6;
      ZoneId zone = darkness.zones().get(downtime.site());
      bars.add(new TimelineChart.Bar(downtime.id(), round(x1), round(y), round(width), round(height), instrument,
          title(downtime) + (zone == null ? "" : "\n" + downtime.site() + " time: "
              + local(downtime.start(), downtime.end(), zone))));
    }
    List<TimelineChart.Shade> shades = new ArrayList<>();
    for (TimelineChart.Row row : rows) {
      String site = row.label().substring(0, Math.max(0, row.label().indexOf('.')));
      for (SiteWindow dark : darkness.windows().getOrDefault(site, List.of())) {
        if (dark.to().isBefore(from) || dark.from().isAfter(to)) {
          continue;
        }
        double x1 = axis.x(dark.from());
        shades.add(new TimelineChart.Shade(round(x1), row.y(), round(axis.x(dark.to()) - x1), row.height(),
            "Dark at " + site + ": " + local(dark.from(), dark.to(), darkness.zones().get(site))));
      }
    }
    double height = TOP + rows.size() * ROW_HEIGHT + BOTTOM;
    boolean showNow = !now.isBefore(from) && !now.isAfter(to);
    return new TimelineChart(WIDTH, height, LABEL_WIDTH, TOP, Timestamps.format(from), Timestamps.format(to), rows, bars,
        ticks(axis, from, to), showNow, showNow ? round(axis.x(now)) : 0, shades);
  }

  /** What a person sees when hovering a bar. */
  static String title(Downtime downtime) {
    String what = downtime.wholeTelescope() ? "whole telescope" : downtime.instrumentType();
    String reason = downtime.reason().isBlank() ? "(no reason given)" : downtime.reason();
    return reason + "\n" + Timestamps.format(downtime.start()) + " – " + Timestamps.format(downtime.end()) + " (UTC)\n"
        + downtime.telescopeKey() + ", " + what;
  }

  /** A span in a site's local time, e.g. {@code 2026-12-01 18:04 – 2026-12-02 06:51 (Pacific/Honolulu)}. */
  static String local(Instant start, Instant end, ZoneId zone) {
    if (zone == null) {
      return Timestamps.format(start) + " – " + Timestamps.format(end) + " (UTC)";
    }
    return LOCAL.withZone(zone).format(start) + " – " + LOCAL.withZone(zone).format(end) + " (" + zone.getId() + ")";
  }

  private static List<TimelineChart.Tick> ticks(Axis axis, Instant from, Instant to) {
    long days = Math.max(1, Duration.between(from, to).toDays());
    long step = Math.max(1, (days + MAX_TICKS - 1) / MAX_TICKS);
    List<TimelineChart.Tick> ticks = new ArrayList<>();
    Instant tick = from.truncatedTo(ChronoUnit.DAYS);
    if (tick.isBefore(from)) {
      tick = tick.plus(Duration.ofDays(1));
    }
    for (; !tick.isAfter(to); tick = tick.plus(Duration.ofDays(step))) {
      ticks.add(new TimelineChart.Tick(round(axis.x(tick)), DAY.format(tick)));
    }
    return ticks;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** Maps instants to x, clamped to the plot area. */
  private record Axis(Instant from, Instant to) {
    double x(Instant t) {
      double span = Duration.between(from, to).toMillis();
      double offset = Duration.between(from, t).toMillis();
      double fraction = Math.max(0, Math.min(1, offset / span));
      return LABEL_WIDTH + fraction * (WIDTH - LABEL_WIDTH - RIGHT_MARGIN);
    }
  }
}
