package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.http.CsrfTokens;
import org.observatory.downtime.http.TemplateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the pages' refusals become pages: the API's JSON error bodies are for programs, people get a
 * page in the site's layout that says what happened and leads back. Anything else is left to the server's mapper.
 */
final class WebErrors {

  static final String FORM_REFUSED = "The form could not be accepted";
  static final String FORM_REFUSED_DETAIL = "It did not carry a valid security token: the page may be out of date "
      + "(after logging in or out in another tab) or the form did not come from this site. Go back, reload the page "
      + "and try again.";
  static final String NOT_FOUND = "Not found";
  static final String NOT_ALLOWED = "Not allowed";
  static final String UNAVAILABLE = "Service unavailable";

  private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);
  private static final String SHOWN = WebErrors.class.getName() + ".shown";
  // These answer their own 404s (as JSON, or the API's HTML view).
  private static final String[] API_PREFIXES = {"/api", "/openapi", "/authprofile"};

  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  WebErrors(AdminAccess access, PageChrome chrome, TemplateRenderer renderer) {
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** The handler, with the core's refusals it throws answered as error pages. */
  Handler page(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (NotFoundException e) {
        show(ctx, 404, NOT_FOUND, e.getMessage());
      } catch (PermissionDeniedException e) {
        if (CsrfTokens.FAILED.equals(e.getMessage())) {
          show(ctx, 403, FORM_REFUSED, FORM_REFUSED_DETAIL);
        } else {
          show(ctx, 403, NOT_ALLOWED, e.getMessage());
        }
      } catch (UnavailableException e) {
        LOG.warn("{} {} answered 503: {}", ctx.method(), ctx.path(), e.getMessage());
        show(ctx, 503, UNAVAILABLE, e.publicMessage() + " Try again in a few minutes.");
      }
    };
  }

  /** Error handler for 404 on a path no route matches, for browsers; the API's paths are left alone. */
  void unknownPage(Context ctx) {
    if (ctx.attribute(SHOWN) != null) {
      return;
    }
    for (String prefix : API_PREFIXES) {
      if (ctx.path().startsWith(prefix)) {
        return;
      }
    }
    show(ctx, 404, NOT_FOUND, "There is no page at " + ctx.path() + ".");
  }

  private void show(Context ctx, int status, String heading, String message) {
    boolean admin = ctx.path().startsWith("/admin");
    Layout layout;
    if (admin) {
      Optional<User> user = loggedIn(ctx);
      layout = chrome.adminPage(heading, user.map(User::username).orElse(""),
          user.isPresent() ? access.csrfToken(ctx) : "");
    } else {
      layout = chrome.publicPage(heading);
    }
    ctx.status(status);
    ctx.attribute(SHOWN, Boolean.TRUE);
    renderer.render(ctx, "web/error.jte", new ErrorPage(layout, status, heading, message,
        admin ? "/admin/" : "/", admin ? "Back to the downtime admin list" : "Back to the downtime list"));
  }

  // The error may be the user store's own outage: then the page is shown as to someone not logged in.
  private Optional<User> loggedIn(Context ctx) {
    try {
      return access.staff(ctx);
    } catch (UnavailableException e) {
      return Optional.empty();
    }
  }
}
