package org.observatory.downtime.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.observatory.downtime.core.model.Downtime;

/**
 * The audit trail's snapshot of a downtime: a flat JSON object (readable with any JSON tool) written and read
 * here with plain code; times keep their microseconds ({@link Instant#toString()}).
 */
final class AuditSnapshotJson {

  private AuditSnapshotJson() {
  }

  static String write(Downtime d) {
    if (d == null) {
      return null;
    }
    StringBuilder json = new StringBuilder(256).append('{');
    json.append("\"id\":").append(d.id());
    text(json, "start", d.start().toString());
    text(json, "end", d.end().toString());
    text(json, "site", d.site());
    text(json, "enclosure", d.enclosure());
    text(json, "telescope", d.telescope());
    text(json, "instrument_type", d.instrumentType());
    text(json, "reason", d.reason());
    text(json, "created", d.created().toString());
    text(json, "modified", d.modified().toString());
    text(json, "created_by", d.createdBy());
    json.append(",\"series_id\":").append(d.seriesId() == null ? "null" : d.seriesId().toString());
    text(json, "category", d.category());
    return json.append('}').toString();
  }

  static Downtime read(String json) {
    if (json == null) {
      return null;
    }
    Map<String, String> v = new FlatJsonReader(json).read();
    String series = v.get("series_id");
    return new Downtime(Long.parseLong(v.get("id")), Instant.parse(v.get("start")), Instant.parse(v.get("end")),
        v.get("site"), v.get("enclosure"), v.get("telescope"), v.get("instrument_type"), v.get("reason"),
        Instant.parse(v.get("created")), Instant.parse(v.get("modified")), v.get("created_by"),
        series == null ? null : Long.valueOf(series), v.get("category"));
  }

  private static void text(StringBuilder json, String key, String value) {
    json.append(",\"").append(key).append("\":\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }

  /** Reads the one-level objects {@link #write} produces: string, integer and null values. */
  private static final class FlatJsonReader {
    private final String json;
    private int at;

    FlatJsonReader(String json) {
      this.json = json;
    }

    Map<String, String> read() {
      Map<String, String> values = new HashMap<>();
      expect('{');
      while (json.charAt(at) != '}') {
        if (json.charAt(at) == ',') {
          at++;
        }
        String key = string();
        expect(':');
        values.put(key, json.charAt(at) == '"' ? string() : bare());
      }
      return values;
    }

    private String bare() {
      int from = at;
      while (json.charAt(at) != ',' && json.charAt(at) != '}') {
        at++;
      }
      String token = json.substring(from, at).strip();
      return token.equals("null") ? null : token;
    }

    private String string() {
      expect('"');
      StringBuilder text = new StringBuilder();
      for (char c = json.charAt(at++); c != '"'; c = json.charAt(at++)) {
        if (c == '\\') {
          char escaped = json.charAt(at++);
          switch (escaped) {
            case 'n' -> text.append('\n');
            case 'r' -> text.append('\r');
            case 't' -> text.append('\t');
            case 'u' -> {
              text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
              at += 4;
            }
            default -> text.append(escaped);
          }
        } else {
          text.append(c);
        }
      }
      return text.toString();
    }

    private void expect(char c) {
      if (json.charAt(at) != c) {
        throw new IllegalStateException("Unreadable audit snapshot at character " + at + ": expected " + c);
      }
      at++;
    }
  }
}
