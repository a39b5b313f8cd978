package org.observatory.downtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.observatory.downtime.core.model.Downtime;

/**
 * The JSON of the export format: one object per downtime with the thirteen fields of {@link DowntimeFields#NAMES}
 * ({@code export} and {@code import} lines, exact times), the same objects with whole-second times for {@code list}
 * and {@code create}, and parsing of the records an import file holds.
 */
final class ExportJson {

  private final ObjectMapper mapper = new ObjectMapper();

  /** One downtime as a single-line JSON object. */
  String line(Downtime downtime) {
    return write(DowntimeFields.of(downtime));
  }

  /** One downtime as {@code export} writes it: a single-line JSON object with exact times. */
  String exportLine(Downtime downtime) {
    return write(DowntimeFields.exported(downtime));
  }

  /** A JSON array with one downtime per line, readable by people and by {@code jq}. */
  String array(List<Downtime> downtimes) {
    if (downtimes.isEmpty()) {
      return "[]";
    }
    StringBuilder text = new StringBuilder("[\n");
    for (int i = 0; i < downtimes.size(); i++) {
      text.append("  ").append(line(downtimes.get(i))).append(i + 1 < downtimes.size() ? ",\n" : "\n");
    }
    return text.append(']').toString();
  }

  /**
   * Parses one JSON value.
   *
   * @throws IllegalArgumentException with the parser's explanation when the text is not JSON
   */
  JsonNode parse(String text) {
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a downtime could not be written as JSON", e);
    }
  }
}
