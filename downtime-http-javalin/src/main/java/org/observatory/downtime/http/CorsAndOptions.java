package org.observatory.downtime.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CORS for every {@code /api/} answer (browser front ends of the observatory call the API from other origins), and
 * the {@code OPTIONS} answers: a CORS preflight, or DRF's description of the endpoint with an {@code Allow} header.
 */
final class CorsAndOptions {

  static final String LIST_METHODS = "GET, POST, HEAD, OPTIONS";
  static final String DETAIL_METHODS = "GET, PUT, PATCH, DELETE, HEAD, OPTIONS";
  static final String CORS_METHODS = "DELETE, GET, OPTIONS, PATCH, POST, PUT";
  static final String CORS_HEADERS = "accept, accept-encoding, authorization, content-type, dnt, origin, user-agent, "
      + "x-csrftoken, x-requested-with";

  private final DowntimeJson json;
  private final ApiResponder responder;

  CorsAndOptions(DowntimeJson json, ApiResponder responder) {
    this.json = json;
    this.responder = responder;
  }

  /** Before every request: marks answers under {@code /api} as readable from any origin. */
  void allowOrigins(Context ctx) {
    if (ctx.path().startsWith("/api")) {
      ctx.header("Access-Control-Allow-Origin", "*");
    }
  }

  void listOptions(Context ctx) {
    options(ctx, LIST_METHODS, "Downtime List");
  }

  void detailOptions(Context ctx) {
    options(ctx, DETAIL_METHODS, "Downtime Instance");
  }

  /** A CORS preflight answer, or the endpoint's description with {@code Allow}; also for the routes added in §8. */
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
    responder.send(ctx, 200, json.value(description), name);
  }
}
