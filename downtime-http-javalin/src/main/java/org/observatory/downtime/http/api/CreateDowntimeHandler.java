package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.http.request.RequestScheme;
import org.observatory.downtime.http.security.WriteGuard;

/**
 * {@code POST /api/}: one downtime, or a recurring series when the body carries a {@code recurrence}. The body is
 * read once; the use case authorises the writer before it reads the fields.
 */
final class CreateDowntimeHandler {

  private final CreateDowntimeUseCase create;
  private final RecurringDowntimeUseCase recurring;
  private final WriteGuard guard;
  private final RequestBody body;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  CreateDowntimeHandler(CreateDowntimeUseCase create, RecurringDowntimeUseCase recurring, WriteGuard guard,
                        RequestBody body, ApiRepresentation representation, ApiResponder responder) {
    this.create = create;
    this.recurring = recurring;
    this.guard = guard;
    this.body = body;
    this.representation = representation;
    this.responder = responder;
  }

  void create(Context ctx) {
    User actor = guard.writer(ctx);
    WriteBody written = body.read(ctx);
    if (written.recurring()) {
      DowntimeSeries series = recurring.createSeries(written::input, actor);
      ctx.header("Location", RequestScheme.origin(ctx) + "/api/series/" + series.id() + "/");
      responder.send(ctx, 201, representation.series(series.id(), series.occurrences()), "Recurring downtime created");
      return;
    }
    Downtime created = create.create(written::input, actor);
    ctx.header("Location", RequestScheme.origin(ctx) + "/api/" + created.id() + "/");
    responder.send(ctx, 201, representation.one(created), "Downtime created");
  }
}
