package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.observatory.downtime.core.model.Category;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.ChangePage;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;
import org.observatory.downtime.core.query.FilterTerms;

/**
 * {@code GET /api/changes/?after=<cursor>&limit=&site=&telescope=}: the change feed, oldest first, as
 * {@code {"results": [...], "next": <cursor>}}; read on with {@code after=next}.
 */
final class ChangesHandler {

  static final int DEFAULT_LIMIT = 100;

  private final ChangeFeedUseCase feed;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  ChangesHandler(ChangeFeedUseCase feed, ApiRepresentation representation, ApiResponder responder) {
    this.feed = feed;
    this.representation = representation;
    this.responder = responder;
  }

  void changes(Context ctx) {
    FieldErrors errors = new FieldErrors();
    OptionalLong after = cursor(errors, ctx.queryParam("after"));
    int limit = limit(errors, ctx.queryParam("limit"));
    ChangeFilter filter = filter(errors, ctx);
    errors.throwIfAny();
    ChangePage page = feed.changes(after, filter, limit);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("results", page.results().stream().map(representation::event).toList());
    answer.put("next", page.next());
    responder.send(ctx, 200, representation.value(answer), "Downtime change feed");
  }

  /**
   * The filters of the feed and of its stream: {@code site}, {@code telescope} and {@code category}, empty meaning
   * any; a category that is none of the categories is refused under {@code category}, as on {@code /api/}.
   */
  static ChangeFilter filter(FieldErrors errors, Context ctx) {
    Optional<String> category = present(ctx.queryParam(Category.FIELD));
    category.ifPresent(code -> FilterTerms.checkCategories(errors, List.of(code)));
    return new ChangeFilter(present(ctx.queryParam("site")), present(ctx.queryParam("telescope")), category);
  }

  /** A cursor: a whole number from 0; absent or empty reads from the oldest event kept. */
  static OptionalLong cursor(FieldErrors errors, String text) {
    return cursor(errors, "after", text);
  }

  /** A cursor given in the named field (a parameter or the stream's {@code Last-Event-ID} header). */
  static OptionalLong cursor(FieldErrors errors, String field, String text) {
    if (text == null || text.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      long value = Long.parseLong(text.strip());
      if (value >= 0) {
        return OptionalLong.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(field, "A valid integer is required.");
    return OptionalLong.empty();
  }

  private static int limit(FieldErrors errors, String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1) {
        return Math.min(value, ChangeFeedUseCase.MAX_PAGE);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add("limit", "Ensure this value is a whole number from 1 to " + ChangeFeedUseCase.MAX_PAGE + ".");
    return DEFAULT_LIMIT;
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
