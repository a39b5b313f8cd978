package org.observatory.downtime.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Timestamps;

/** A downtime as named fields, in the API representation's order and names, for JSON and CSV output. */
final class DowntimeFields {

  /** The column names, the API's eight fields first. */
  static final List<String> NAMES = List.of("id", "start", "end", "site", "enclosure", "telescope", "instrument_type",
      "reason", "created", "modified", "created_by", "series_id", "category");

  private DowntimeFields() {
  }

  /** The fields with typed values (numbers stay numbers), dates as {@code YYYY-MM-DDTHH:MM:SSZ}. */
  static Map<String, Object> of(Downtime downtime) {
    return of(downtime, Timestamps::format);
  }

  /** The fields as {@code export} writes them: every time exact to the microsecond ({@link Timestamps#formatExact}). */
  static Map<String, Object> exported(Downtime downtime) {
    return of(downtime, Timestamps::formatExact);
  }

  private static Map<String, Object> of(Downtime downtime, Function<Instant, String> time) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", downtime.id());
    fields.put("start", time.apply(downtime.start()));
    fields.put("end", time.apply(downtime.end()));
    fields.put("site", downtime.site());
    fields.put("enclosure", downtime.enclosure());
    fields.put("telescope", downtime.telescope());
    fields.put("instrument_type", downtime.instrumentType());
    fields.put("reason", downtime.reason());
    fields.put("created", time.apply(downtime.created()));
    fields.put("modified", time.apply(downtime.modified()));
    fields.put("created_by", downtime.createdBy());
    fields.put("series_id", downtime.seriesId());
    fields.put("category", downtime.category());
    return fields;
  }

  /** The fields as text in {@link #NAMES} order; an absent series is empty text. */
  static List<String> texts(Downtime downtime) {
    return text(of(downtime));
  }

  /** The exported fields as text in {@link #NAMES} order; an absent series is empty text. */
  static List<String> exportedTexts(Downtime downtime) {
    return text(exported(downtime));
  }

  private static List<String> text(Map<String, Object> fields) {
    return fields.values().stream().map(value -> value == null ? "" : value.toString()).toList();
  }
}
