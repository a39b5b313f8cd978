package org.observatory.downtime.http.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Timestamps;

/**
 * One field of a downtime as a change left it, for the history on the edit page.
 *
 * @param field  the field's name as people read it (e.g. {@code instrument type})
 * @param before its value before the change, {@code null} for a creation
 * @param after  its value after the change, {@code null} for a deletion
 */
public record FieldChange(String field, String before, String after) {

  private static final List<Field> FIELDS = List.of(
      new Field("start", downtime -> Timestamps.format(downtime.start())),
      new Field("end", downtime -> Timestamps.format(downtime.end())),
      new Field("site", Downtime::site),
      new Field("enclosure", Downtime::enclosure),
      new Field("telescope", Downtime::telescope),
      new Field("instrument type", downtime -> downtime.wholeTelescope() ? "(whole telescope)" : downtime.instrumentType()),
      new Field("reason", downtime -> downtime.reason().isEmpty() ? "(empty)" : downtime.reason()),
      new Field("series", downtime -> downtime.seriesId() == null ? "(none)" : String.valueOf(downtime.seriesId())));

  public FieldChange {
    Objects.requireNonNull(field, "field");
  }

  /**
   * The fields that differ between two versions of a downtime; with one side missing (a creation or a deletion)
   * every field of the other side, except an empty series.
   */
  public static List<FieldChange> between(Downtime before, Downtime after) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field field : FIELDS) {
      String old = before == null ? null : field.value.apply(before);
      String now = after == null ? null : field.value.apply(after);
      boolean noSeries = field.name.equals("series") && (before == null || before.seriesId() == null)
          && (after == null || after.seriesId() == null);
      if (!Objects.equals(old, now) && !noSeries) {
        changes.add(new FieldChange(field.name, old, now));
      }
    }
    return List.copyOf(changes);
  }

  private record Field(String name, Function<Downtime, String> value) {
  }
}
