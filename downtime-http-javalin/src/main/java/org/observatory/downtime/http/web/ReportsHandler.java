package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.availability.TimeLostQuery;
import org.observatory.downtime.core.availability.TimeLostReport;
import org.observatory.downtime.core.availability.TimeLostTerms;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.http.template.TemplateRenderer;

/** {@code GET /reports/}: dark time lost, with the filters of {@code /api/reports/time-lost/}. */
final class ReportsHandler {

  private final NightsUseCase nights;
  private final InstrumentCatalogue catalogue;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;
  private final Clock clock;

  ReportsHandler(NightsUseCase nights, InstrumentCatalogue catalogue, PageChrome chrome, TemplateRenderer renderer,
      Clock clock) {
    this.nights = Objects.requireNonNull(nights, "nights");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  void handle(Context ctx) {
    // The form's "any" sends empty values; no dates means the last 30 nights.
    Map<String, List<String>> params = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((name, values) -> params.put(name, values.stream().filter(v -> !v.isEmpty())
        .toList()));
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    params.merge("start", List.of(today.minusDays(30).toString()), (given, fallback) -> given.isEmpty() ? fallback
        : given);
    params.merge("end", List.of(today.minusDays(1).toString()), (given, fallback) -> given.isEmpty() ? fallback
        : given);
    params.remove("group");
    Optional<Catalogue> current = catalogue.current();
    List<String> sites = current.map(c -> c.siteCodes().stream().sorted().toList()).orElse(List.of());
    List<String> telescopes = current.map(c -> c.telescopeCodes().stream().sorted().toList()).orElse(List.of());
    String apiUrl = QueryStrings.link("/api/reports/time-lost/", params, Set.of(), "");
    try {
      TimeLostQuery query = TimeLostTerms.read(params);
      TimeLostReport byTelescope = nights.timeLost(query);
      TimeLostReport byMonth = nights.timeLost(new TimeLostQuery(query.first(), query.last(), query.sites(),
          query.telescopes(), query.categories(), TimeLostReport.Group.MONTH, query.twilight()));
      renderer.render(ctx, "web/reports.jte", new ReportsPage(chrome.publicPage("Dark time lost"), params, Map.of(),
          sites, telescopes, TimeLostChart.of(byTelescope), byMonth, apiUrl));
    } catch (ValidationException refused) {
      ctx.status(HttpStatus.BAD_REQUEST);
      renderer.render(ctx, "web/reports.jte", new ReportsPage(chrome.publicPage("Dark time lost"), params,
          refused.errors(), sites, telescopes, null, null, apiUrl));
    }
  }
}
