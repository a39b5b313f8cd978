package org.observatory.downtime.http.feature;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQueryParser;
import org.observatory.downtime.core.service.WritePolicy;

/** {@code POST /api/} with a {@code recurrence}, and {@code GET}/{@code DELETE /api/series/{id}/}. */
final class SeriesHandler {

  static final String NOT_A_STRING = "Not a valid string.";
  static final String NOT_ENABLED = "Recurring downtimes are not enabled on this server.";

  private final RecurringDowntimeUseCase recurring; // null on a server without the added features
  private final InstrumentCatalogue catalogue;
  private final WritePolicy policy;
  private final FeatureJson json;
  private final ApiSupport support;

  SeriesHandler(RecurringDowntimeUseCase recurring, InstrumentCatalogue catalogue, WritePolicy policy,
                FeatureJson json, ApiSupport support) {
    this.recurring = recurring;
    this.catalogue = catalogue;
    this.policy = policy;
    this.json = json;
    this.support = support;
  }

  /**
   * The creation handler: a body with a non-empty {@code recurrence} creates a series, any other goes to
   * {@code single} unchanged (so old clients get exactly the old answers, errors included).
   */
  Handler create(Handler single) {
    return ctx -> {
      Map<String, JsonNode> fields;
      try {
        fields = support.body().apply(ctx);
      } catch (RuntimeException unreadable) {
        // The single handler authenticates first and then reports the body exactly as before.
        single.handle(ctx);
        return;
      }
      JsonNode recurrence = fields.get(Recurrences.FIELD);
      if (recurrence == null || recurrence.isNull() || (recurrence.isTextual() && recurrence.textValue().isBlank())) {
        single.handle(ctx);
        return;
      }
      createSeries(ctx, fields, recurrence);
    };
  }

  private void createSeries(Context ctx, Map<String, JsonNode> fields, JsonNode recurrence) {
    User user = support.writer().apply(ctx);
    policy.checkCreate(user);
    if (recurring == null) {
      throw ValidationException.of(Recurrences.FIELD, NOT_ENABLED);
    }
    FieldErrors errors = new FieldErrors();
    DowntimeDraft first = null;
    try {
      first = support.createBinder().apply(fields, catalogue.current());
    } catch (ValidationException refusal) {
      errors.addAll(refusal);
    }
    if (!recurrence.isTextual()) {
      errors.add(Recurrences.FIELD, NOT_A_STRING);
    }
    errors.throwIfAny();
    DowntimeSeries series = recurring.createSeries(first, recurrence.textValue(), user);
    ctx.header("Location", support.origin().apply(ctx) + "/api/series/" + series.id() + "/");
    support.responder().send(ctx, 201, json.bytes(json.series(series.id(), series.occurrences())),
        "Recurring downtime created", null, null);
  }

  void get(Context ctx) {
    DowntimeSeries series = recurring.series(PathIds.id(ctx, "series"));
    support.responder().send(ctx, 200, json.bytes(json.series(series.id(), series.occurrences())), "Downtime series",
        null, null);
  }

  void delete(Context ctx) {
    User user = support.writer().apply(ctx);
    long id = PathIds.id(ctx, "series");
    Optional<Instant> from = Optional.empty();
    String fromText = ctx.queryParam("from");
    if (fromText != null && !fromText.isEmpty()) {
      from = Optional.of(Timestamps.parseFilter(fromText)
          .orElseThrow(() -> ValidationException.of("from", DowntimeQueryParser.INVALID_DATE)));
    }
    List<Downtime> deleted = recurring.deleteSeries(id, from, user);
    support.responder().send(ctx, 200, json.bytes(json.series(id, deleted)), "Downtime series deleted", null, null);
  }
}
