package org.observatory.downtime.http.web;

import java.util.List;
import java.util.Objects;

/**
 * The public page {@code /}: filter form, one page of downtimes and the timeline.
 *
 * @param layout   page chrome
 * @param filters  the filter form with its values and errors
 * @param rows     the downtimes of this page
 * @param pager    page links
 * @param timeline the timeline of the filtered window, or {@code null} when the filters are invalid
 * @param defaultView whether no filter was given, so only downtimes that have not ended are listed
 * @param apiUrl   the API list with the same filters
 */
public record IndexPage(Layout layout, FilterForm filters, List<DowntimeRow> rows, Pager pager, TimelineChart timeline,
    boolean defaultView, String apiUrl) {

  public IndexPage {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(filters, "filters");
    rows = List.copyOf(rows);
    Objects.requireNonNull(pager, "pager");
    Objects.requireNonNull(apiUrl, "apiUrl");
  }
}
