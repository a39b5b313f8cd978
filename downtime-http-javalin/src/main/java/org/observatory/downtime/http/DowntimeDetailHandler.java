package org.observatory.downtime.http;

import io.javalin.http.Context;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.UpdateDowntimeUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.service.WritePolicy;

/** {@code GET}, {@code PUT}, {@code PATCH} and {@code DELETE /api/{id}/}. */
final class DowntimeDetailHandler {

  private final FindDowntimesUseCase find;
  private final UpdateDowntimeUseCase update;
  private final DeleteDowntimeUseCase delete;
  private final InstrumentCatalogue catalogue;
  private final WritePolicy policy;
  private final WriteGuard guard;
  private final RequestBody body;
  private final DowntimeJson json;
  private final ApiResponder responder;

  DowntimeDetailHandler(FindDowntimesUseCase find, UpdateDowntimeUseCase update, DeleteDowntimeUseCase delete,
                        InstrumentCatalogue catalogue, WritePolicy policy, WriteGuard guard, RequestBody body,
                        DowntimeJson json, ApiResponder responder) {
    this.find = find;
    this.update = update;
    this.delete = delete;
    this.catalogue = catalogue;
    this.policy = policy;
    this.guard = guard;
    this.body = body;
    this.json = json;
    this.responder = responder;
  }

  void get(Context ctx) {
    responder.send(ctx, 200, json.one(find.get(id(ctx))), "Downtime");
  }

  void replace(Context ctx) {
    change(ctx, DraftBinder.Mode.REPLACE);
  }

  void merge(Context ctx) {
    change(ctx, DraftBinder.Mode.MERGE);
  }

  void delete(Context ctx) {
    User user = guard.writer(ctx);
    delete.delete(id(ctx), user);
    ctx.status(204);
  }

  // As DRF: authentication, then the object (404), then its permission (403), and only then the body (400).
  private void change(Context ctx, DraftBinder.Mode mode) {
    User user = guard.writer(ctx);
    long id = id(ctx);
    Downtime stored = find.get(id);
    policy.checkChange(user, stored);
    DowntimeDraft draft = DraftBinder.bind(body.fields(ctx), mode, stored.toDraft(), catalogue.current());
    responder.send(ctx, 200, json.one(update.update(id, draft, user)), "Downtime changed");
  }

  /** The id in the path; anything but a positive number is simply not found. */
  static long id(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through to "not found", as Django's URL pattern would
    }
    throw new NotFoundException("No downtime with id " + text);
  }
}
