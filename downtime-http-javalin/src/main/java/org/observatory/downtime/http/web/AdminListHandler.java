package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;
import org.observatory.downtime.http.template.TemplateRenderer;

/** {@code GET /admin/}: every downtime, filtered, searched, sorted and paged, with notices about the last change. */
final class AdminListHandler {

  private static final Set<String> NAVIGATION = Set.of("page", "o", "saved", "deleted", "series_saved");

  private final FindDowntimesUseCase find;
  private final InstrumentCatalogue catalogue;
  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  AdminListHandler(FindDowntimesUseCase find, InstrumentCatalogue catalogue, AdminAccess access, PageChrome chrome,
      TemplateRenderer renderer) {
    this.find = Objects.requireNonNull(find, "find");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  void handle(Context ctx) {
    Optional<User> user = access.require(ctx);
    if (user.isEmpty()) {
      return;
    }
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.remove("order");
    params.remove("ordering");
    String sort = Objects.requireNonNullElse(ctx.queryParam("o"), SortColumn.DEFAULT_SORT);
    boolean descending = sort.startsWith("-");
    SortColumn.Column sorted = SortColumn.Column.byKey(descending ? sort.substring(1) : sort);
    if (sorted == null) {
      sorted = SortColumn.Column.START;
      descending = true;
    }
    Map<String, List<String>> parsed = new LinkedHashMap<>(params);
    parsed.put("ordering", List.of(sorted.ordering(descending)));
    ListFilters filters = ListFilters.parse(parsed, Map.of("q", "reason"), Map.of(), catalogue.current());
    String series = Objects.requireNonNullElse(ctx.queryParam("series"), "").strip();
    Optional<DowntimeQuery> query = filters.query();
    if (!series.isEmpty()) {
      query = AdminListPage.seriesId(series)
          .flatMap(id -> filters.query().map(parsedQuery -> parsedQuery.toBuilder().seriesId(id).build()));
    }
    FilterForm form = new FilterForm(params, filters.form().errors(), filters.form().sites(),
        filters.form().enclosures(), filters.form().telescopes(), filters.form().instrumentTypes());
    List<SortColumn> columns = columns(params, sorted, descending);
    String token = access.csrfToken(ctx);
    Layout layout = chrome.adminPage("Downtimes", user.get().username(), token);
    if (query.isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST);
      renderer.render(ctx, "web/admin/list.jte", new AdminListPage(layout, form, series, columns, List.of(),
          Pager.of(0, 1, Pager.PAGE_SIZE, n -> ""), List.of(), List.of(), token));
      return;
    }
    ListPage page = ListPage.load(find, query.get(), ctx.queryParam("page"),
        n -> QueryStrings.link("/admin/", params, Set.of("page", "saved", "deleted", "series_saved"), "page=" + n));
    List<String> notices = new ArrayList<>();
    List<DowntimeRow> overlaps = new ArrayList<>();
    notices(ctx, notices, overlaps);
    renderer.render(ctx, "web/admin/list.jte",
        new AdminListPage(layout, form, series, columns, page.rows(), page.pager(), notices, overlaps, token));
  }

  private void notices(Context ctx, List<String> notices, List<DowntimeRow> overlaps) {
    String deleted = ctx.queryParam("deleted");
    if (deleted != null && deleted.matches("\\d{1,9}")) {
      int count = Integer.parseInt(deleted);
      notices.add(count == 0 ? "No downtime was selected, so nothing was deleted."
          : "Deleted " + count + (count == 1 ? " downtime." : " downtimes."));
    }
    seriesNotice(ctx.queryParam("series_saved")).ifPresent(notices::add);
    String saved = ctx.queryParam("saved");
    if (saved != null) {
      try {
        Downtime downtime = find.get(Long.parseLong(saved));
        notices.add("Saved downtime " + downtime.id() + " on " + downtime.telescopeKey() + ".");
        Overlaps.of(find, downtime).forEach(other -> overlaps.add(DowntimeRow.of(other)));
      } catch (NumberFormatException | NotFoundException e) {
        // The link is stale (deleted since) or edited by hand: there is nothing to report.
      }
    }
  }

  /** What was created by the add form's repeat, read back from the store (the link may be stale or typed). */
  private Optional<String> seriesNotice(String saved) {
    if (saved == null || !saved.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    DowntimeQuery occurrences = DowntimeQuery.builder().seriesId(Long.parseLong(saved))
        .order(SortKey.asc(SortField.START)).limit(1).build();
    DowntimePage first = find.list(occurrences);
    if (first.results().isEmpty()) {
      return Optional.empty();
    }
    Downtime last = find.list(occurrences.toBuilder().order(SortKey.desc(SortField.START)).build()).results().get(0);
    return Optional.of("Created " + first.count() + (first.count() == 1 ? " downtime" : " downtimes") + " in series "
        + saved + " on " + last.telescopeKey() + ", from " + Timestamps.format(first.results().get(0).start())
        + " to " + Timestamps.format(last.end()) + ".");
  }

  private static List<SortColumn> columns(Map<String, List<String>> params, SortColumn.Column sorted,
      boolean descending) {
    List<SortColumn> columns = new ArrayList<>();
    for (SortColumn.Column column : SortColumn.columns()) {
      boolean current = column == sorted;
      String next = current && !descending ? "-" + column.key : column.key;
      String url = QueryStrings.link("/admin/", params, NAVIGATION, "o=" + QueryStrings.encode(next));
      columns.add(new SortColumn(column.label, url, current ? (descending ? "desc" : "asc") : ""));
    }
    return columns;
  }
}
