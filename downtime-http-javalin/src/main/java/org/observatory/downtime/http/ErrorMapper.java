package org.observatory.downtime.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become HTTP status codes and bodies, worded as the old service worded them. */
final class ErrorMapper {

  static final String NOT_FOUND = "Not found.";
  static final String DENIED = "You do not have permission to perform this action.";
  static final String INTERNAL = "Internal server error.";

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private final DowntimeJson json;
  private final ApiResponder responder;
  private final long maxRequestBytes;

  ErrorMapper(DowntimeJson json, ApiResponder responder, long maxRequestBytes) {
    this.json = json;
    this.responder = responder;
    this.maxRequestBytes = maxRequestBytes;
  }

  void handle(Exception e, Context ctx) {
    if (e instanceof ValidationException refusal) {
      responder.send(ctx, 400, json.errors(refusal.errors()), "Bad request");
    } else if (e instanceof NotFoundException) {
      responder.send(ctx, 404, json.detail(NOT_FOUND), "Not found");
    } else if (e instanceof NotAuthenticatedException refusal) {
      ctx.header("WWW-Authenticate", refusal.isInvalidToken() ? "Token" : "Basic realm=\"api\"");
      responder.send(ctx, 401, json.detail(refusal.getMessage()), "Not authenticated");
    } else if (e instanceof PermissionDeniedException refusal) {
      String message = refusal.getMessage() == null || refusal.getMessage().isBlank() ? DENIED : refusal.getMessage();
      responder.send(ctx, 403, json.detail(message), "Permission denied");
    } else if (e instanceof UnavailableException outage) {
      LOG.warn("{} {} answered 503: {}", ctx.method(), ctx.path(), outage.getMessage());
      responder.send(ctx, 503, json.detail(outage.publicMessage()), "Service unavailable");
    } else if (e instanceof BadRequestException bad) {
      responder.send(ctx, bad.status(), json.detail(bad.getMessage()), "Bad request");
    } else if (e instanceof HttpResponseException javalin) {
      javalin(javalin, ctx);
    } else {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      responder.send(ctx, 500, json.detail(INTERNAL), "Server error");
    }
  }

  /** Error handler for 405 (a known path, another method): DRF's wording and the {@code Allow} header. */
  void methodNotAllowed(Context ctx) {
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Allow", ctx.path().equals("/api/") ? CorsAndOptions.LIST_METHODS : CorsAndOptions.DETAIL_METHODS);
    }
    responder.send(ctx, 405, json.detail("Method \"" + ctx.method().name() + "\" not allowed."), "Method not allowed");
  }

  /** Error handler for 413, also when Javalin cut off a chunked body while reading it. */
  void tooLarge(Context ctx) {
    responder.send(ctx, 413, json.detail(tooLarge(maxRequestBytes)), "Request too large");
  }

  /** Error handler for 404 on an API path that no route matches. */
  void notFound(Context ctx) {
    if (ctx.path().startsWith("/api") || ctx.path().startsWith("/openapi") || ctx.path().startsWith("/authprofile")) {
      responder.send(ctx, 404, json.detail(NOT_FOUND), "Not found");
    }
  }

  private void javalin(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String detail = switch (status) {
      case 404 -> NOT_FOUND;
      case 405 -> "Method \"" + ctx.method().name() + "\" not allowed.";
      case 413 -> tooLarge(maxRequestBytes);
      default -> e.getMessage();
    };
    responder.send(ctx, status, json.detail(detail), "Error " + status);
  }

  static String tooLarge(long maxRequestBytes) {
    return "Request body too large: at most " + maxRequestBytes + " bytes are accepted.";
  }
}
