package org.observatory.downtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Map;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.DowntimeQueryParser;
import org.observatory.downtime.core.service.WritePolicy;

/** {@code GET /api/} (filtered, paginated list) and {@code POST /api/} (create). */
final class DowntimeListHandler {

  private final FindDowntimesUseCase find;
  private final CreateDowntimeUseCase create;
  private final InstrumentCatalogue catalogue;
  private final WritePolicy policy;
  private final WriteGuard guard;
  private final RequestBody body;
  private final DowntimeJson json;
  private final ApiResponder responder;

  DowntimeListHandler(FindDowntimesUseCase find, CreateDowntimeUseCase create, InstrumentCatalogue catalogue,
                      WritePolicy policy, WriteGuard guard, RequestBody body, DowntimeJson json, ApiResponder responder) {
    this.find = find;
    this.create = create;
    this.catalogue = catalogue;
    this.policy = policy;
    this.guard = guard;
    this.body = body;
    this.json = json;
    this.responder = responder;
  }

  void list(Context ctx) {
    // Choices come from the catalogue of this moment: ConfigDB changes are seen without a restart.
    DowntimeQuery query = DowntimeQueryParser.parse(ctx.queryParamMap(), catalogue.current());
    DowntimePage page = find.list(query);
    PageLinks links = PageLinks.of(ctx);
    String next = links.next(query, page.count());
    String previous = links.previous(query);
    responder.send(ctx, 200, json.page(page, next, previous), "Downtime list", next, previous);
  }

  void create(Context ctx) {
    User user = guard.writer(ctx);
    policy.checkCreate(user);
    Map<String, JsonNode> fields = body.fields(ctx);
    DowntimeDraft draft = DraftBinder.bind(fields, DraftBinder.Mode.CREATE, null, catalogue.current());
    Downtime created = create.create(draft, user);
    ctx.header("Location", RequestScheme.origin(ctx) + "/api/" + created.id() + "/");
    responder.send(ctx, 201, json.one(created), "Downtime created");
  }
}
