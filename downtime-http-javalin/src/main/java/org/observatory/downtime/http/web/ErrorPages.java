package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.http.template.TemplateRenderer;

/**
 * How the pages show a refusal: the API's JSON error bodies are for programs, people get a page in the site's layout
 * that says what happened and leads back. The server's error mapper decides when, and with which status.
 */
public final class ErrorPages {

  public static final String FORM_REFUSED = "The form could not be accepted";
  public static final String FORM_REFUSED_DETAIL = "It did not carry a valid security token: the page may be out of "
      + "date (after logging in or out in another tab) or the form did not come from this site. Go back, reload the "
      + "page and try again.";
  public static final String NOT_FOUND = "Not found";
  public static final String NOT_ALLOWED = "Not allowed";
  public static final String UNAVAILABLE = "Service unavailable";

  private static final String SHOWN = ErrorPages.class.getName() + ".shown";
  // These answer their own 404s (as JSON, or the API's HTML view).
  private static final String[] API_PREFIXES = {"/api", "/openapi", "/authprofile"};

  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  ErrorPages(AdminAccess access, PageChrome chrome, TemplateRenderer renderer) {
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** Whether the request is for one of the pages (the public list or the admin pages), whose refusals are pages. */
  public boolean answers(Context ctx) {
    return ctx.path().equals("/") || ctx.path().startsWith("/admin");
  }

  /** Answers with an error page: {@code heading} says what happened, {@code message} the details. */
  public void show(Context ctx, int status, String heading, String message) {
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

  // The error may be the user store's own outage: then the page is shown as to someone not logged in.
  private Optional<User> loggedIn(Context ctx) {
    try {
      return access.staff(ctx);
    } catch (UnavailableException e) {
      return Optional.empty();
    }
  }
}
