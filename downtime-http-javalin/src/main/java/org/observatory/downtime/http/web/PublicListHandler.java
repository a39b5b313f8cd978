package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;
import org.observatory.downtime.http.template.TemplateRenderer;

/** {@code GET /}: the public filterable list with its timeline. */
final class PublicListHandler {

  /** Most downtimes drawn on one timeline; more would not be readable anyway. */
  static final int TIMELINE_LIMIT = 2000;

  private final FindDowntimesUseCase find;
  private final InstrumentCatalogue catalogue;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;
  private final Clock clock;
  private final NightsUseCase nights;

  PublicListHandler(FindDowntimesUseCase find, InstrumentCatalogue catalogue, PageChrome chrome, TemplateRenderer renderer,
      Clock clock) {
    this(find, catalogue, chrome, renderer, clock, null);
  }

  /** With the nights, each site's darkness is shaded behind its telescopes' rows. */
  PublicListHandler(FindDowntimesUseCase find, InstrumentCatalogue catalogue, PageChrome chrome, TemplateRenderer renderer,
      Clock clock, NightsUseCase nights) {
    this.nights = nights;
    this.find = Objects.requireNonNull(find, "find");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  void handle(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    Instant now = clock.instant();
    Optional<Catalogue> current = catalogue.current();
    boolean defaultView = ListFilters.noFilter(params, Set.of());
    Map<String, String> defaults = defaultView ? Map.of("ends_after", Timestamps.format(now)) : Map.of();
    ListFilters filters = ListFilters.parse(params, Map.of(), defaults, current);
    String apiUrl = QueryStrings.link("/api/", params, Set.of("page"), "");
    if (filters.query().isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST);
      renderer.render(ctx, "web/index.jte", new IndexPage(chrome.publicPage("Downtimes"), filters.form(), List.of(),
          Pager.of(0, 1, Pager.PAGE_SIZE, n -> ""), null, defaultView, apiUrl));
      return;
    }
    DowntimeQuery query = filters.query().get();
    if (!params.containsKey("order") && !params.containsKey("ordering")) {
      query = query.toBuilder().order(SortKey.asc(SortField.START)).build();
    }
    ListPage page = ListPage.load(find, query, ctx.queryParam("page"),
        n -> QueryStrings.link("/", params, Set.of("page"), "page=" + n));
    TimelineWindow window = TimelineWindow.of(query, now);
    DowntimeQuery timelineQuery = query.toBuilder().overlapping(window.from(), window.to())
        .order(SortKey.asc(SortField.START)).limit(TIMELINE_LIMIT).offset(0).build();
    List<Downtime> drawn = find.list(timelineQuery).results();
    List<String> rows = telescopes(current, query);
    SiteDarkness darkness = nights == null ? SiteDarkness.NONE : SiteDarkness.of(nights, current,
        java.util.stream.Stream.concat(rows.stream().map(key -> key.substring(0, key.indexOf('.'))),
            drawn.stream().map(Downtime::site)).distinct().toList(), window.from(), window.to());
    TimelineChart chart = Timeline.draw(rows, drawn, window.from(), window.to(), now, darkness);
    renderer.render(ctx, "web/index.jte", new IndexPage(chrome.publicPage("Downtimes"), filters.form(),
        page.rows(), page.pager(), chart, defaultView, apiUrl));
  }

  /** The catalogue's telescopes the query's site/enclosure/telescope filters let through. */
  static List<String> telescopes(Optional<Catalogue> catalogue, DowntimeQuery query) {
    return catalogue.map(Catalogue::locations).orElse(List.of()).stream()
        .filter(l -> query.sites().isEmpty() || query.sites().contains(l.site()))
        .filter(l -> query.enclosures().isEmpty() || query.enclosures().contains(l.enclosure()))
        .filter(l -> query.telescopes().isEmpty() || query.telescopes().contains(l.telescope()))
        .map(Catalogue.Location::key)
        .toList();
  }
}
