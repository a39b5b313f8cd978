package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CORS for every {@code /api/} answer (browser front ends of the observatory call the API from other origins), and
 * the {@code OPTIONS} answers: a CORS preflight, or DRF's description of the endpoint with an {@code Allow} header.
 */
public final class CorsAndOptions {

  /** The methods of {@code /api/}. */
  public static final String LIST_METHODS = "GET, POST, HEAD, OPTIONS";
  /** The methods of {@code /api/{id}/}. */
  public static final String DETAIL_METHODS = "GET, PUT, PATCH, DELETE, HEAD, OPTIONS";
  static final String CORS_METHODS = "DELETE, GET, OPTIONS, PATCH, POST, PUT";
  static final String CORS_HEADERS = "accept, accept-encoding, authorization, content-type, dnt, origin, user-agent, "
      + "x-csrftoken, x-requested-with";

  private final ApiRepresentation representation;
  private final ApiResponder responder;

  CorsAndOptions(ApiRepresentation representation, ApiResponder responder) {
    this.representation = representation;
    this.responder = responder;
  }

  /** Before every request: marks answers under {@code /api} as readable from any origin. */
  public static void allowOrigins(Context ctx) {
    if (ctx.path().startsWith("/api")) {
      ctx.header("Access-Control-Allow-Origin", "*");
    }
  }

  /** The {@code OPTIONS} handler of a route allowing {@code allow} (e.g. {@code "GET, HEAD, OPTIONS"}), named {@code name}. */
  Handler answering(String allow, String name) {
    return ctx -> options(ctx, allow, name);
  }

  /** A CORS preflight answer, or the endpoint's description with {@code Allow}. */
  void options(Context ctx, String allow, String name) {
    if (ctx.header("Access-Control-Request-Method") != null) {
      ctx.header("Access-Control-Allow-Methods", CORS_METHODS);
      ctx.header("Access-Control-Allow-Headers", CORS_HEADERS);
      ctx.header("Access-Control-Max-Age", "86400");
      ctx.status(200);
      return;
    }
    ctx.header("Allow", allow);
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("name", name);
    description.put("description", "Scheduled telescope downtime; see /api/docs/.");
    description.put("renders", List.of("application/json", "text/html"));
    description.put("parses", List.of("application/json", "application/x-www-form-urlencoded", "multipart/form-data"));
    responder.send(ctx, 200, representation.value(description), name);
  }
}
