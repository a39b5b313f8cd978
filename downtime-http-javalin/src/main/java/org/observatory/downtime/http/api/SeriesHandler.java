package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.security.WriteGuard;

/** {@code GET} and {@code DELETE /api/series/{id}/}: the occurrences of a recurring series still stored. */
final class SeriesHandler {

  private final RecurringDowntimeUseCase recurring;
  private final WriteGuard guard;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  SeriesHandler(RecurringDowntimeUseCase recurring, WriteGuard guard, ApiRepresentation representation,
                ApiResponder responder) {
    this.recurring = recurring;
    this.guard = guard;
    this.representation = representation;
    this.responder = responder;
  }

  void get(Context ctx) {
    DowntimeSeries series = recurring.series(PathIds.id(ctx, "series"));
    responder.send(ctx, 200, representation.series(series.id(), series.occurrences()), "Downtime series");
  }

  /** Deletes the occurrences starting at or after {@code ?from=} (every one without it). */
  void delete(Context ctx) {
    User actor = guard.writer(ctx);
    long id = PathIds.id(ctx, "series");
    FieldErrors errors = new FieldErrors();
    Optional<Instant> from = FilterTerms.date(errors, "from", ctx.queryParam("from"));
    errors.throwIfAny();
    List<Downtime> deleted = recurring.deleteSeries(id, from, actor);
    responder.send(ctx, 200, representation.series(id, deleted), "Downtime series deleted");
  }
}
