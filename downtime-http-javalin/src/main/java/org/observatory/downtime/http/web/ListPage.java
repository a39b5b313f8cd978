package org.observatory.downtime.http.web;

import java.util.List;
import java.util.function.IntFunction;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.query.DowntimeQuery;

/** One page of a web list: its rows and page links; a page number past the end shows the last page. */
record ListPage(List<DowntimeRow> rows, Pager pager) {

  static ListPage load(FindDowntimesUseCase find, DowntimeQuery query, String pageParam, IntFunction<String> url) {
    int asked = parsePage(pageParam);
    DowntimePage page = find.list(query.withPage(Pager.PAGE_SIZE, (asked - 1) * Pager.PAGE_SIZE));
    Pager pager = Pager.of(page.count(), asked, Pager.PAGE_SIZE, url);
    if (pager.page() != asked) {
      page = find.list(query.withPage(Pager.PAGE_SIZE, pager.offset(Pager.PAGE_SIZE)));
    }
    return new ListPage(page.results().stream().map(DowntimeRow::of).toList(), pager);
  }

  static int parsePage(String text) {
    try {
      long page = text == null ? 1 : Long.parseLong(text.strip());
      // Far past any real list: keeps (page - 1) * size within an int offset.
      return (int) Math.max(1, Math.min(page, Integer.MAX_VALUE / Pager.PAGE_SIZE));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
