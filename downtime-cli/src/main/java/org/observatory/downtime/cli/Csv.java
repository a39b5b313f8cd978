package org.observatory.downtime.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 comma-separated values: quoting on the way out, quoted fields (with commas, quotes, newlines) on the way in. */
final class Csv {

  private Csv() {
  }

  /** One record as a line (without the line break), quoting fields that need it. */
  static String line(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      if (i > 0) {
        line.append(',');
      }
      if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.toString();
  }

  /**
   * Reads the next record; the reader must support {@link Reader#mark(int)} (e.g. a {@code BufferedReader}).
   *
   * @return the fields, or {@code null} at the end of the input
   * @throws IllegalArgumentException when a quoted field is never closed
   */
  static List<String> read(Reader in) throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int c = in.read();
    if (c == -1) {
      return null;
    }
    boolean quoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new IllegalArgumentException("a quoted field is not closed");
        }
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = next;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
      c = in.read();
    }
  }
}
