package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.http.request.PathIds;

/** {@code GET /api/{id}/}: one downtime. */
final class GetDowntimeHandler {

  private final FindDowntimesUseCase find;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  GetDowntimeHandler(FindDowntimesUseCase find, ApiRepresentation representation, ApiResponder responder) {
    this.find = find;
    this.representation = representation;
    this.responder = responder;
  }

  void get(Context ctx) {
    responder.send(ctx, 200, representation.one(find.get(PathIds.id(ctx, "downtime"))), "Downtime");
  }
}
