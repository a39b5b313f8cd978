package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.availability.NightLosses;
import org.observatory.downtime.core.availability.NightsReport;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.query.FilterTerms;

/**
 * {@code GET /api/nights/?site=ogg&start=2026-11-01&end=2026-11-30[&twilight=…][&telescope=…]}: each night of the
 * range at the site, with the downtimes overlapping its darkness and the dark hours they took per telescope.
 */
final class NightsHandler {

  private final NightsUseCase nights;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  NightsHandler(NightsUseCase nights, ApiRepresentation representation, ApiResponder responder) {
    this.nights = nights;
    this.representation = representation;
    this.responder = responder;
  }

  void report(Context ctx) {
    FieldErrors errors = new FieldErrors();
    String site = ctx.queryParam("site");
    if (site == null || site.isBlank()) {
      errors.add("site", FieldErrors.REQUIRED);
    }
    Optional<LocalDate> first = date(ctx, "start", errors);
    Optional<LocalDate> last = date(ctx, "end", errors);
    String twilightName = ctx.queryParam("twilight");
    Optional<Twilight> twilight = twilightName == null || twilightName.isEmpty() ? Optional.of(Twilight.ASTRONOMICAL)
        : Twilight.byApiName(twilightName);
    if (twilight.isEmpty()) {
      errors.add("twilight", "\"" + twilightName + "\" is not a valid choice; use one of sunset, civil, nautical, "
          + "astronomical.");
    }
    errors.throwIfAny();
    NightsReport report = nights.nights(site, first.orElseThrow(), last.orElseThrow(), twilight.orElseThrow(),
        new LinkedHashSet<>(ctx.queryParams("telescope")));
    responder.send(ctx, 200, representation.value(json(report)), "Nights");
  }

  private static Optional<LocalDate> date(Context ctx, String name, FieldErrors errors) {
    return FilterTerms.requiredLocalDate(errors, name, ctx.queryParam(name));
  }

  /** The documented answer: site, twilight, then one object per night. */
  static Map<String, Object> json(NightsReport report) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (NightLosses losses : report.nights()) {
      Night night = losses.night();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("night", night.localDate().toString());
      entry.put("dark_start", night.darkStart().map(Timestamps::format).orElse(null));
      entry.put("dark_end", night.darkEnd().map(Timestamps::format).orElse(null));
      entry.put("dark_hours", NightLosses.round(night.darkHours()));
      entry.put("downtimes", losses.downtimes());
      entry.put("dark_hours_lost", losses.darkHoursLost());
      entry.put("instrument_hours_lost", losses.instrumentHoursLost());
      entries.add(entry);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("site", report.site());
    answer.put("twilight", report.twilight().apiName());
    answer.put("nights", entries);
    return answer;
  }
}
