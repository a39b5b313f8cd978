package org.observatory.downtime.http;

import io.javalin.http.Context;
import org.observatory.downtime.core.model.User;

/** Establishes the user of a write: credentials required, and a CSRF token when they came from the session cookie. */
final class WriteGuard {

  private final HttpAuthenticator authenticator;
  private final CsrfTokens csrf;

  WriteGuard(HttpAuthenticator authenticator, CsrfTokens csrf) {
    this.authenticator = authenticator;
    this.csrf = csrf;
  }

  /**
   * @throws org.observatory.downtime.core.model.NotAuthenticatedException  without accepted credentials (401)
   * @throws org.observatory.downtime.core.model.PermissionDeniedException  for a session write without its token (403)
   */
  User writer(Context ctx) {
    User user = authenticator.requireUser(ctx);
    if (authenticator.bySession(ctx)) {
      csrf.check(ctx);
    }
    return user;
  }
}
