package org.observatory.downtime.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.observatory.downtime.core.model.CursorExpiredException;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.TooManyAttemptsException;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.http.api.ApiRepresentation;
import org.observatory.downtime.http.api.ApiResponder;
import org.observatory.downtime.http.api.ApiRoutes;
import org.observatory.downtime.http.api.BadRequestException;
import org.observatory.downtime.http.api.CorsAndOptions;
import org.observatory.downtime.http.api.TooManyStreamsException;
import org.observatory.downtime.http.request.PathIds;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.web.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions (and Javalin's own 404, 405 and 413) become HTTP answers, worded as the old service
 * worded them: JSON (or its HTML view) for the API, an error page in the site's layout for people on the web pages.
 */
final class ErrorMapper {

  static final String NOT_FOUND = "Not found.";
  /** DRF 3.15's answer when a lookup by a whole-number id found nothing. */
  static final String NO_SUCH_DOWNTIME = "No Downtime matches the given query.";
  static final String DENIED = "You do not have permission to perform this action.";
  static final String INTERNAL = "Internal server error.";

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
  // Javalin runs the status handlers after an exception's: they must not answer a second time.
  private static final String ANSWERED = ErrorMapper.class.getName() + ".answered";

  private final ApiRepresentation representation;
  private final ApiResponder responder;
  private final ErrorPages pages;
  private final long maxRequestBytes;

  ErrorMapper(ApiRepresentation representation, ApiResponder responder, ErrorPages pages, long maxRequestBytes) {
    this.representation = representation;
    this.responder = responder;
    this.pages = pages;
    this.maxRequestBytes = maxRequestBytes;
  }

  void handle(Exception e, Context ctx) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    if (pages.answers(ctx) && page(e, ctx)) {
      return;
    }
    if (e instanceof ValidationException refusal) {
      responder.send(ctx, 400, representation.errors(refusal.errors()), "Bad request");
    } else if (e instanceof NotFoundException) {
      responder.send(ctx, 404, representation.detail(notFoundDetail(ctx)), "Not found");
    } else if (e instanceof NotAuthenticatedException refusal) {
      ctx.header("WWW-Authenticate", refusal.isInvalidToken() ? "Token" : "Basic realm=\"api\"");
      responder.send(ctx, 401, representation.detail(refusal.getMessage()), "Not authenticated");
    } else if (e instanceof PermissionDeniedException refusal) {
      String message = refusal.getMessage() == null || refusal.getMessage().isBlank() ? DENIED : refusal.getMessage();
      responder.send(ctx, 403, representation.detail(message), "Permission denied");
    } else if (e instanceof TooManyAttemptsException throttled) {
      ctx.header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      responder.send(ctx, 429, representation.detail("Request was throttled. Expected available in "
          + throttled.retryAfterSeconds() + " seconds."), "Too many requests");
    } else if (e instanceof UnavailableException outage) {
      LOG.warn("{} {} answered 503: {}", ctx.method(), ctx.path(), outage.getMessage());
      responder.send(ctx, 503, representation.detail(outage.publicMessage()), "Service unavailable");
    } else if (e instanceof TooManyStreamsException full) {
      ctx.header("Retry-After", Long.toString(full.retryAfterSeconds()));
      responder.send(ctx, 503, representation.detail(full.getMessage()), "Service unavailable");
    } else if (e instanceof CursorExpiredException expired) {
      responder.send(ctx, 410, representation.detail(expired.getMessage()), "Cursor expired");
    } else if (e instanceof BadRequestException bad) {
      responder.send(ctx, bad.status(), representation.detail(bad.getMessage()), "Bad request");
    } else if (e instanceof HttpResponseException javalin) {
      javalin(javalin, ctx);
    } else {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      responder.send(ctx, 500, representation.detail(INTERNAL), "Server error");
    }
  }

  /** Error handler for 405 (a known path, another method): DRF's wording and the {@code Allow} header. */
  void methodNotAllowed(Context ctx) {
    if (ctx.attribute(ANSWERED) != null) {
      return;
    }
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Allow", ctx.path().equals(ApiRoutes.LIST) ? CorsAndOptions.LIST_METHODS : CorsAndOptions.DETAIL_METHODS);
    }
    responder.send(ctx, 405, representation.detail(notAllowed(ctx)), "Method not allowed");
  }

  /** Error handler for 413, also when Javalin cut off a chunked body while reading it. */
  void tooLarge(Context ctx) {
    if (ctx.attribute(ANSWERED) != null) {
      return;
    }
    responder.send(ctx, 413, representation.detail(BadRequestException.tooLarge(maxRequestBytes)), "Request too large");
  }

  /** Error handler for 404 on an API path that no route matches (the pages answer their own). */
  void notFound(Context ctx) {
    if (ctx.attribute(ANSWERED) != null) {
      return;
    }
    if (ctx.path().startsWith("/api") || ctx.path().startsWith("/openapi") || ctx.path().startsWith("/authprofile")) {
      responder.send(ctx, 404, representation.detail(NOT_FOUND), "Not found");
    }
  }

  // The pages' refusals, for people: a page that says what happened and leads back. Anything else is the API's.
  private boolean page(Exception e, Context ctx) {
    if (e instanceof NotFoundException) {
      pages.show(ctx, 404, ErrorPages.NOT_FOUND, e.getMessage());
    } else if (e instanceof PermissionDeniedException) {
      boolean forged = CsrfTokens.FAILED.equals(e.getMessage());
      pages.show(ctx, 403, forged ? ErrorPages.FORM_REFUSED : ErrorPages.NOT_ALLOWED,
          forged ? ErrorPages.FORM_REFUSED_DETAIL : e.getMessage());
    } else if (e instanceof UnavailableException outage) {
      LOG.warn("{} {} answered 503: {}", ctx.method(), ctx.path(), outage.getMessage());
      pages.show(ctx, 503, ErrorPages.UNAVAILABLE, outage.publicMessage() + " Try again in a few minutes.");
    } else {
      return false;
    }
    return true;
  }

  // DRF 3.15 words a lookup that found nothing its own way; a path id that is no number never came to a lookup.
  private static String notFoundDetail(Context ctx) {
    String[] segments = ctx.path().split("/");
    boolean lookedUp = ApiRoutes.DETAIL.equals(matchedPath(ctx)) && segments.length == 3
        && PathIds.isWholeNumber(segments[2]);
    return lookedUp ? NO_SUCH_DOWNTIME : NOT_FOUND;
  }

  private static String matchedPath(Context ctx) {
    try {
      var endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? "" : endpoint.path;
    } catch (RuntimeException e) {
      return "";
    }
  }

  private void javalin(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String detail = switch (status) {
      case 404 -> NOT_FOUND;
      case 405 -> notAllowed(ctx);
      case 413 -> BadRequestException.tooLarge(maxRequestBytes);
      default -> e.getMessage();
    };
    responder.send(ctx, status, representation.detail(detail), "Error " + status);
  }

  private static String notAllowed(Context ctx) {
    return "Method \"" + ctx.method().name() + "\" not allowed.";
  }
}
