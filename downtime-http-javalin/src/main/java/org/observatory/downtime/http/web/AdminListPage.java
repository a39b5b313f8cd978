package org.observatory.downtime.http.web;

import java.util.List;
import java.util.Objects;

/**
 * The admin list {@code /admin/}: filters with free-text search, sortable columns, paging and bulk delete.
 *
 * @param series    the series the list is narrowed to as typed in the link ({@code ""} for none)
 * @param notices   messages about what was just done (saved, deleted)
 * @param overlaps  other downtimes on the same telescope overlapping the one just saved
 * @param csrfToken token for the bulk-delete form
 */
public record AdminListPage(Layout layout, FilterForm filters, String series, List<SortColumn> columns,
    List<DowntimeRow> rows, Pager pager, List<String> notices, List<DowntimeRow> overlaps, String csrfToken) {

  public AdminListPage {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(series, "series");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    Objects.requireNonNull(pager, "pager");
    notices = List.copyOf(notices);
    overlaps = List.copyOf(overlaps);
    Objects.requireNonNull(csrfToken, "csrfToken");
  }

  /** Why the series in the link is not one, or {@code ""}. */
  public String seriesError() {
    return series.isEmpty() || seriesId(series).isPresent() ? ""
        : "A series id is a whole number (e.g. series=12), not " + series + ".";
  }

  /** The series id a link gives, if it is one. */
  static java.util.Optional<Long> seriesId(String text) {
    return text.matches("\\d{1,18}") ? java.util.Optional.of(Long.parseLong(text)) : java.util.Optional.empty();
  }
}
