package org.observatory.downtime.http.security;

import io.javalin.http.Context;
import org.observatory.downtime.core.model.User;

/**
 * Establishes who writes: credentials required (401 without), and a CSRF token when they came from the session
 * cookie. Whether that user may write is the use case's decision, not this guard's.
 */
public final class WriteGuard {

  private final HttpAuthenticator authenticator;
  private final CsrfTokens csrf;

  public WriteGuard(HttpAuthenticator authenticator, CsrfTokens csrf) {
    this.authenticator = authenticator;
    this.csrf = csrf;
  }

  /**
   * The authenticated user of a write.
   *
   * @throws org.observatory.downtime.core.model.NotAuthenticatedException  without accepted credentials (401)
   * @throws org.observatory.downtime.core.model.PermissionDeniedException  for a session write without its token (403)
   */
  public User writer(Context ctx) {
    User user = authenticator.requireUser(ctx);
    if (authenticator.bySession(ctx)) {
      csrf.check(ctx);
    }
    return user;
  }
}
