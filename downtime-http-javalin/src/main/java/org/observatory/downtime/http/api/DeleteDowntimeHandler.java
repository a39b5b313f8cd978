package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.security.WriteGuard;

/** {@code DELETE /api/{id}/}: 204 with an empty body. */
final class DeleteDowntimeHandler {

  private final DeleteDowntimeUseCase delete;
  private final WriteGuard guard;

  DeleteDowntimeHandler(DeleteDowntimeUseCase delete, WriteGuard guard) {
    this.delete = delete;
    this.guard = guard;
  }

  void delete(Context ctx) {
    // Credentials first (401), then the path (404), as DRF answered.
    User actor = guard.writer(ctx);
    delete.delete(PathIds.id(ctx, "downtime"), actor);
    ctx.status(204);
  }
}
