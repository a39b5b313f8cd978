package org.observatory.downtime.cli;

import java.io.PrintWriter;

/** A one-line progress bar redrawn in place on stderr; draws nothing when no terminal is attached. */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private final long total;
  private int drawnPercent = -1;

  ProgressBar(PrintWriter err, boolean enabled, String label, long total) {
    this.err = err;
    this.enabled = enabled && total > 0;
    this.label = label;
    this.total = total;
  }

  /** Shows how far along we are; redraws only when the percentage changes. */
  void update(long done) {
    if (!enabled) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == drawnPercent) {
      return;
    }
    drawnPercent = percent;
    int filled = percent * WIDTH / 100;
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
    err.flush();
  }

  /** Ends the bar's line so that later output starts on a fresh one. */
  void finish() {
    if (enabled && drawnPercent >= 0) {
      err.println();
      err.flush();
    }
  }
}
