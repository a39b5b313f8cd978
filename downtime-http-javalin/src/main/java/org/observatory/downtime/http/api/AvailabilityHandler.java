package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.observatory.downtime.core.availability.Interval;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.AvailabilityUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.http.request.DowntimeQueryParameters;

/** {@code GET /api/availability/?starts_after=…&ends_before=…}: down hours per telescope over that window. */
final class AvailabilityHandler {

  static final String WINDOW_EMPTY = "Must be after starts_after: the window must not be empty.";

  // The list filters that choose which downtimes count; the time filters are the window instead.
  private static final Set<String> FILTERS = Set.of("site", "enclosure", "telescope", "instrument_type", "reason",
      "reason_exact");

  private final AvailabilityUseCase availability;
  private final InstrumentCatalogue catalogue;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  AvailabilityHandler(AvailabilityUseCase availability, InstrumentCatalogue catalogue,
                      ApiRepresentation representation, ApiResponder responder) {
    this.availability = availability;
    this.catalogue = catalogue;
    this.representation = representation;
    this.responder = responder;
  }

  void report(Context ctx) {
    FieldErrors errors = new FieldErrors();
    Optional<Instant> from = required(ctx, "starts_after", errors);
    Optional<Instant> to = required(ctx, "ends_before", errors);
    if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
      errors.add("ends_before", WINDOW_EMPTY);
    }
    DowntimeQuery filters = DowntimeQuery.all();
    try {
      Map<String, List<String>> params = ctx.queryParamMap().entrySet().stream()
          .filter(entry -> FILTERS.contains(entry.getKey()))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      filters = DowntimeQueryParameters.parse(params, catalogue.current());
    } catch (ValidationException refusal) {
      errors.addAll(refusal);
    }
    errors.throwIfAny();
    Interval window = new Interval(from.orElseThrow(), to.orElseThrow());
    responder.send(ctx, 200, representation.value(AvailabilityRepresentation.of(availability.report(window, filters))),
        "Availability");
  }

  private static Optional<Instant> required(Context ctx, String name, FieldErrors errors) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      errors.add(name, FieldErrors.REQUIRED);
      return Optional.empty();
    }
    return FilterTerms.date(errors, name, text);
  }
}
