package org.observatory.downtime.http.feature;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.User;

/**
 * The HTTP adapter's own helpers, handed to the feature handlers so they answer exactly as the rest of the API does
 * (same representation, same authentication, same body parsing, same HTML rendering) without a second copy.
 *
 * @param writer         the authenticated writer of a request (401/403 as for any write)
 * @param body           the fields of a JSON, form or multipart body (400/415 as for any write)
 * @param createBinder   a creation's fields bound to a draft with the API's field errors
 * @param representation a downtime in the API representation, as JSON bytes
 * @param json           any plain value (maps, lists, strings, numbers) as JSON bytes
 * @param responder      sends an answer as JSON, or as HTML to a browser
 * @param origin         {@code scheme://host} as the client addressed the server
 * @param options        answers {@code OPTIONS}: a CORS preflight, or a description with {@code Allow}
 */
public record ApiSupport(
    Function<Context, User> writer,
    Function<Context, Map<String, JsonNode>> body,
    BiFunction<Map<String, JsonNode>, Optional<Catalogue>, DowntimeDraft> createBinder,
    Function<Downtime, byte[]> representation,
    Function<Object, byte[]> json,
    Responder responder,
    Function<Context, String> origin,
    Options options) {

  public ApiSupport {
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(createBinder, "createBinder");
    Objects.requireNonNull(representation, "representation");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(responder, "responder");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(options, "options");
  }

  /** Sends an API answer; {@code next}/{@code previous} are page links for the HTML view, or {@code null}. */
  @FunctionalInterface
  public interface Responder {
    void send(Context ctx, int status, byte[] json, String title, String next, String previous);
  }

  /** Answers {@code OPTIONS} for a route allowing {@code allow} (e.g. {@code "GET, HEAD, OPTIONS"}), named {@code name}. */
  @FunctionalInterface
  public interface Options {
    void answer(Context ctx, String allow, String name);
  }
}
