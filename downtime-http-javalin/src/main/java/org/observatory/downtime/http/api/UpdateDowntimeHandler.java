package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.UpdateDowntimeUseCase;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.security.WriteGuard;

/**
 * {@code PUT /api/{id}/} (every field given) and {@code PATCH /api/{id}/} (absent fields kept). The use case finds
 * the downtime (404), authorises the writer (403) and only then reads the body (400), as DRF answered.
 */
final class UpdateDowntimeHandler {

  private final UpdateDowntimeUseCase update;
  private final WriteGuard guard;
  private final RequestBody body;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  UpdateDowntimeHandler(UpdateDowntimeUseCase update, WriteGuard guard, RequestBody body,
                        ApiRepresentation representation, ApiResponder responder) {
    this.update = update;
    this.guard = guard;
    this.body = body;
    this.representation = representation;
    this.responder = responder;
  }

  void replace(Context ctx) {
    change(ctx, DraftBinder.Mode.REPLACE);
  }

  void merge(Context ctx) {
    change(ctx, DraftBinder.Mode.MERGE);
  }

  private void change(Context ctx, DraftBinder.Mode mode) {
    User actor = guard.writer(ctx);
    long id = PathIds.id(ctx, "downtime");
    WriteBody written = body.read(ctx);
    responder.send(ctx, 200, representation.one(update.update(id, written::input, mode, actor)), "Downtime changed");
  }
}
