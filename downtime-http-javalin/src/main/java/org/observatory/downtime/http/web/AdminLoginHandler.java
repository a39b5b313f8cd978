package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.TooManyAttemptsException;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.http.request.RequestScheme;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.security.SessionCookies;
import org.observatory.downtime.http.template.TemplateRenderer;

/** {@code /admin/login/} and {@code /admin/logout/}: staff users only, local or Observation Portal accounts. */
final class AdminLoginHandler {

  static final String WRONG_PASSWORD = "Please enter the correct username and password for a staff account. "
      + "Note that both fields may be case-sensitive.";
  static final String NOT_STAFF = "This account is not a staff account: the admin pages are for observatory staff "
      + "only. Ask an administrator for staff rights.";
  static final String UNREACHABLE = "The Observation Portal could not be reached to check this password. "
      + "Try again in a few minutes.";
  static final String DISABLED = "This account is disabled: it cannot log in. Ask an administrator to enable it.";
  static final String LOGGED_OUT = "You have been logged out.";
  static final String THROTTLED = "Too many failed logins for this account or from this address. "
      + "Try again in %d seconds.";

  private final AuthenticateUseCase authenticate;
  private final SessionCookies sessions;
  private final CsrfTokens csrf;
  private final AdminAccess access;
  private final PageChrome chrome;
  private final TemplateRenderer renderer;

  AdminLoginHandler(AuthenticateUseCase authenticate, SessionCookies sessions, CsrfTokens csrf, AdminAccess access,
      PageChrome chrome, TemplateRenderer renderer) {
    this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.csrf = Objects.requireNonNull(csrf, "csrf");
    this.access = Objects.requireNonNull(access, "access");
    this.chrome = Objects.requireNonNull(chrome, "chrome");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  void form(Context ctx) {
    String next = safeNext(ctx.queryParam("next"));
    if (access.staff(ctx).isPresent()) {
      ctx.redirect(next, HttpStatus.FOUND);
      return;
    }
    String notice = ctx.queryParam("loggedout") != null ? LOGGED_OUT : "";
    show(ctx, "", "", notice, next);
  }

  void submit(Context ctx) {
    csrf.check(ctx);
    String username = Objects.requireNonNullElse(ctx.formParam("username"), "").strip();
    String password = Objects.requireNonNullElse(ctx.formParam("password"), "");
    String next = safeNext(ctx.formParam("next"));
    if (username.isEmpty() || password.isEmpty()) {
      failed(ctx, username, WRONG_PASSWORD, next);
      return;
    }
    Optional<User> user;
    try {
      user = authenticate.withPassword(username, password, RequestScheme.clientAddress(ctx));
    } catch (TooManyAttemptsException e) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS);
      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
      show(ctx, username, THROTTLED.formatted(e.retryAfterSeconds()), "", next);
      return;
    } catch (NotAuthenticatedException e) {
      // Only a disabled account is refused this way; said whatever the password was (it is not checked).
      failed(ctx, username, DISABLED, next);
      return;
    } catch (UnavailableException e) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
      show(ctx, username, UNREACHABLE, "", next);
      return;
    }
    if (user.isEmpty()) {
      failed(ctx, username, WRONG_PASSWORD, next);
    } else if (!user.get().privileged()) {
      ctx.status(HttpStatus.FORBIDDEN);
      show(ctx, username, NOT_STAFF, "", next);
    } else {
      String name = user.get().username();
      sessions.login(ctx, name, authenticate.sessionGeneration(name));
      ctx.redirect(next, HttpStatus.SEE_OTHER);
    }
  }

  void logout(Context ctx) {
    csrf.check(ctx);
    // Ends every session of this user on every instance, not only this browser's cookie (a copied cookie dies too).
    sessions.user(ctx, authenticate).ifPresent(user -> authenticate.endSessions(user.username()));
    sessions.logout(ctx);
    ctx.redirect(AdminAccess.LOGIN_PATH + "?loggedout=1", HttpStatus.SEE_OTHER);
  }

  private void failed(Context ctx, String username, String error, String next) {
    ctx.status(HttpStatus.UNAUTHORIZED);
    show(ctx, username, error, "", next);
  }

  private void show(Context ctx, String username, String error, String notice, String next) {
    String token = csrf.token(ctx);
    renderer.render(ctx, "web/admin/login.jte",
        new LoginPage(chrome.adminPage("Log in", "", ""), username, error, notice, next, token));
  }

  /** Only a path of the admin pages: a login link must not send people to another site. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/admin/") || next.startsWith(AdminAccess.LOGIN_PATH)
        || next.contains("//") || next.contains("\\")) {
      return "/admin/";
    }
    return next;
  }
}
