package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.security.SessionCookies;

/** Who is logged in to the admin pages: a staff user with a valid session cookie, looked up afresh each request. */
final class AdminAccess {

  static final String LOGIN_PATH = "/admin/login/";

  private final AuthenticateUseCase authenticate;
  private final SessionCookies sessions;
  private final CsrfTokens csrf;

  AdminAccess(AuthenticateUseCase authenticate, SessionCookies sessions, CsrfTokens csrf) {
    this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.csrf = Objects.requireNonNull(csrf, "csrf");
  }

  /** The logged-in staff user, if any (a user who lost staff rights since logging in is not). */
  Optional<User> staff(Context ctx) {
    return sessions.user(ctx, authenticate).filter(User::privileged);
  }

  /**
   * The logged-in staff user; when there is none, the answer is set to a redirect to the login page (which
   * comes back here afterwards) and the result is empty.
   */
  Optional<User> require(Context ctx) {
    Optional<User> user = staff(ctx);
    if (user.isEmpty()) {
      String back = ctx.method().name().equals("GET") ? ctx.path() + queryOf(ctx) : "/admin/";
      ctx.redirect(LOGIN_PATH + "?next=" + QueryStrings.encode(back), HttpStatus.FOUND);
    }
    return user;
  }

  /**
   * For a form post: {@link #require} after checking the CSRF token.
   *
   * @throws org.observatory.downtime.core.model.PermissionDeniedException (403) when the token is missing or wrong
   */
  Optional<User> requireForPost(Context ctx) {
    csrf.check(ctx);
    return require(ctx);
  }

  /** The token to put into forms of this answer. */
  String csrfToken(Context ctx) {
    return csrf.token(ctx);
  }

  private static String queryOf(Context ctx) {
    String query = ctx.queryString();
    return query == null || query.isEmpty() ? "" : "?" + query;
  }
}
