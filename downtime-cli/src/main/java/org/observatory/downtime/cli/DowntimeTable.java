package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Timestamps;

/** Downtimes as an aligned text table for people at a terminal. */
final class DowntimeTable {

  private static final List<String> HEADINGS =
      List.of("ID", "START", "END", "TELESCOPE", "INSTRUMENT TYPE", "REASON", "CREATED BY");
  private static final int MAX_REASON = 60;

  private DowntimeTable() {
  }

  static void print(List<Downtime> downtimes, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADINGS);
    for (Downtime downtime : downtimes) {
      rows.add(List.of(
          Long.toString(downtime.id()),
          Timestamps.format(downtime.start()),
          Timestamps.format(downtime.end()),
          downtime.telescopeKey(),
          downtime.instrumentType().isEmpty() ? "-" : downtime.instrumentType(),
          shorten(downtime.reason()),
          downtime.createdBy()));
    }
    int[] widths = new int[HEADINGS.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(i + 1 < widths.length ? pad(row.get(i), widths[i]) + "  " : row.get(i));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  // A table row is one line: line breaks become spaces and long reasons are cut.
  private static String shorten(String reason) {
    String oneLine = reason.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON - 1) + "…";
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
