package org.observatory.downtime.http.web;

import java.util.List;

/**
 * The geometry of a timeline drawn as SVG, in viewBox units; templates only print it.
 *
 * @param width      viewBox width
 * @param height     viewBox height
 * @param labelWidth width of the telescope-name column on the left
 * @param plotTop    y where the first row starts (the date axis is above it)
 * @param from       first instant shown, as written in the UI
 * @param to         last instant shown, as written in the UI
 * @param rows       one row per telescope
 * @param bars       one bar per downtime in the window
 * @param ticks      date marks along the top
 * @param showNow    whether the current time lies in the window
 * @param nowX       x of the current time (meaningful only when {@code showNow})
 * @param shades     each site's darkness, drawn behind its telescopes' rows
 */
public record TimelineChart(
    double width,
    double height,
    double labelWidth,
    double plotTop,
    String from,
    String to,
    List<Row> rows,
    List<Bar> bars,
    List<Tick> ticks,
    boolean showNow,
    double nowX,
    List<Shade> shades) {

  public TimelineChart {
    rows = List.copyOf(rows);
    bars = List.copyOf(bars);
    ticks = List.copyOf(ticks);
    shades = List.copyOf(shades);
  }

  /** A telescope row: its name and band. */
  public record Row(String label, double y, double height, double textY, boolean shaded) {
  }

  /**
   * One downtime as a rectangle; {@code instrumentLevel} bars are drawn apart from whole-telescope ones.
   *
   * @param title text shown on hover: reason, times, what is down
   */
  public record Bar(long id, double x, double y, double width, double height, boolean instrumentLevel, String title) {
  }

  /** A stretch of darkness at a telescope's site, behind its row; {@code title} says when, in site time. */
  public record Shade(double x, double y, double width, double height, String title) {
  }

  /** A date mark on the axis with its grid line. */
  public record Tick(double x, String label) {
  }

  /** Whether there is nothing to draw a row for. */
  public boolean empty() {
    return rows.isEmpty();
  }
}
