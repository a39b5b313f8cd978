package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.HistoryCursor;
import org.observatory.downtime.core.model.HistoryPage;
import org.observatory.downtime.core.port.in.HistoryUseCase;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.request.RequestScheme;

/** {@code GET /api/{id}/history/} (one downtime, also when deleted) and {@code GET /api/history/} (every change). */
final class HistoryHandler {

  static final int DEFAULT_LIMIT = 100;

  private final HistoryUseCase history;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  HistoryHandler(HistoryUseCase history, ApiRepresentation representation, ApiResponder responder) {
    this.history = history;
    this.representation = representation;
    this.responder = responder;
  }

  void downtime(Context ctx) {
    long id = PathIds.id(ctx, "downtime");
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("downtime", id);
    answer.put("results", history.history(id).stream().map(representation::entry).toList());
    responder.send(ctx, 200, representation.value(answer), "Downtime history");
  }

  void changes(Context ctx) {
    FieldErrors errors = new FieldErrors();
    Optional<Instant> since = FilterTerms.date(errors, "since", ctx.queryParam("since"));
    long after = 0;
    String afterText = ctx.queryParam("after");
    if (afterText != null && !afterText.isEmpty()) {
      try {
        after = Long.parseLong(afterText.strip());
      } catch (NumberFormatException e) {
        after = -1;
      }
      if (after < 0) {
        errors.add("after", "A valid integer is required.");
      }
    }
    errors.throwIfAny();
    int limit = limit(ctx.queryParam("limit"));
    HistoryPage page = history.changes(new HistoryCursor(since.orElse(Instant.EPOCH), after), limit);
    String next = page.nextPage().map(cursor -> link(ctx, cursor, limit)).orElse(null);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("count", page.entries().size());
    answer.put("next", next);
    answer.put("resume", link(ctx, page.resume(), limit));
    answer.put("results", page.entries().stream().map(representation::entry).toList());
    responder.send(ctx, 200, representation.value(answer), "Downtime changes", next, null);
  }

  private static int limit(String text) {
    try {
      int value = text == null ? DEFAULT_LIMIT : Integer.parseInt(text.strip());
      return value < 1 ? DEFAULT_LIMIT : Math.min(value, HistoryUseCase.MAX_PAGE);
    } catch (NumberFormatException e) {
      return DEFAULT_LIMIT;
    }
  }

  // The cursor keeps the microseconds: whole seconds could skip or repeat changes made within one second.
  private static String link(Context ctx, HistoryCursor cursor, int limit) {
    String since = DateTimeFormatter.ISO_INSTANT.format(cursor.since());
    return RequestScheme.origin(ctx) + ctx.path() + "?since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)
        + "&after=" + cursor.afterId() + "&limit=" + limit;
  }
}
