package org.observatory.downtime.http.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sortable column header of the admin list.
 *
 * @param label     header text
 * @param url       link that sorts by this column (the other direction when it is the current sort)
 * @param direction {@code "asc"} or {@code "desc"} when the list is sorted by this column, else {@code ""}
 */
public record SortColumn(String label, String url, String direction) {

  /** The admin list's columns: parameter {@code o} value and the API {@code ordering} fields it stands for. */
  enum Column {
    ID("ID", "id", "id"),
    TELESCOPE("Telescope", "telescope", "site,enclosure,telescope"),
    INSTRUMENT_TYPE("Instrument type", "instrument_type", "instrument_type"),
    START("Start (UTC)", "start", "start"),
    END("End (UTC)", "end", "end"),
    REASON("Reason", "reason", "reason"),
    CREATED_BY("Created by", "created_by", "created_by"),
    MODIFIED("Modified (UTC)", "modified", "modified");

    final String label;
    final String key;
    final String fields;

    Column(String label, String key, String fields) {
      this.label = label;
      this.key = key;
      this.fields = fields;
    }

    /** The {@code ordering} parameter for this column in one direction. */
    String ordering(boolean descending) {
      return Arrays.stream(fields.split(",")).map(field -> (descending ? "-" : "") + field)
          .collect(Collectors.joining(","));
    }

    static Column byKey(String key) {
      return Arrays.stream(values()).filter(column -> column.key.equals(key)).findFirst().orElse(null);
    }
  }

  /** Default order of the admin list: latest start first. */
  static final String DEFAULT_SORT = "-start";

  static List<Column> columns() {
    return List.of(Column.values());
  }
}
