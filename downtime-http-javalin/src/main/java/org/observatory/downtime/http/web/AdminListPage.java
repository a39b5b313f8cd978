package org.observatory.downtime.http.web;

import java.util.List;
import java.util.Objects;

/**
 * The admin list {@code /admin/}: filters with free-text search, sortable columns, paging and bulk delete.
 *
 * @param notices   messages about what was just done (saved, deleted)
 * @param overlaps  other downtimes on the same telescope overlapping the one just saved
 * @param csrfToken token for the bulk-delete form
 */
public record AdminListPage(Layout layout, FilterForm filters, List<SortColumn> columns, List<DowntimeRow> rows,
    Pager pager, List<String> notices, List<DowntimeRow> overlaps, String csrfToken) {

  public AdminListPage {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(filters, "filters");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    Objects.requireNonNull(pager, "pager");
    notices = List.copyOf(notices);
    overlaps = List.copyOf(overlaps);
    Objects.requireNonNull(csrfToken, "csrfToken");
  }
}
