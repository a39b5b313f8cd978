package org.observatory.downtime.http.security;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.LoginThrottleCounts;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.http.request.RequestScheme;

/**
 * Who is asking: {@code Authorization: Token <key>}, {@code Authorization: Basic}, or the signed session cookie.
 *
 * <p>Credentials that are given but wrong are refused on every method (401), as the old service did; no credentials
 * at all mean an anonymous reader. A portal that cannot be reached surfaces as the core's UnavailableException (503).
 */
public final class HttpAuthenticator {

  private static final String RESOLVED = HttpAuthenticator.class.getName() + ".user";
  private static final String BY_SESSION = HttpAuthenticator.class.getName() + ".session";

  private final AuthenticateUseCase authenticate;
  private final SessionCookies sessions;
  private final PasswordCheckCache passwordChecks;

  /** With a cache of successful password checks of its own. */
  public HttpAuthenticator(AuthenticateUseCase authenticate, SessionCookies sessions) {
    this(authenticate, sessions, new PasswordCheckCache());
  }

  HttpAuthenticator(AuthenticateUseCase authenticate, SessionCookies sessions, PasswordCheckCache passwordChecks) {
    this.authenticate = Objects.requireNonNull(authenticate, "authenticate");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.passwordChecks = Objects.requireNonNull(passwordChecks, "passwordChecks");
  }

  /**
   * The user the request's credentials establish, or empty for an anonymous request.
   *
   * @throws NotAuthenticatedException when credentials are given but not accepted
   */
  public Optional<User> user(Context ctx) {
    Optional<User> known = ctx.attribute(RESOLVED);
    if (known == null) {
      known = resolve(ctx);
      ctx.attribute(RESOLVED, known);
    }
    return known;
  }

  /**
   * The user the request's credentials establish.
   *
   * @throws NotAuthenticatedException when there are none, or they are not accepted
   */
  public User requireUser(Context ctx) {
    return user(ctx).orElseThrow(NotAuthenticatedException::missing);
  }

  /** Whether the user of this request was established by the session cookie (so writes need a CSRF token). */
  public boolean bySession(Context ctx) {
    user(ctx);
    return Boolean.TRUE.equals(ctx.attribute(BY_SESSION));
  }

  /** What the login throttle counted in this process, for {@code /metrics}. */
  public LoginThrottleCounts loginThrottleCounts() {
    return authenticate.loginThrottleCounts();
  }

  /** Tells the password-check cache to forget this user, e.g. after the portal pushed a new profile. */
  public void forget(String username) {
    passwordChecks.forget(username);
  }

  private Optional<User> resolve(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && !header.isBlank()) {
      String[] parts = header.strip().split("\\s+");
      String scheme = parts[0].toLowerCase(Locale.ROOT);
      if (scheme.equals("token")) {
        if (parts.length != 2) {
          throw NotAuthenticatedException.invalidToken();
        }
        return Optional.of(authenticate.withToken(parts[1]).orElseThrow(NotAuthenticatedException::invalidToken));
      }
      if (scheme.equals("basic")) {
        return Optional.of(basic(parts, RequestScheme.clientAddress(ctx)));
      }
    }
    Optional<User> session = sessions.user(ctx, authenticate);
    if (session.isPresent()) {
      ctx.attribute(BY_SESSION, Boolean.TRUE);
    }
    return session;
  }

  private User basic(String[] parts, String clientAddress) {
    if (parts.length != 2) {
      throw NotAuthenticatedException.invalidCredentials();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw NotAuthenticatedException.invalidCredentials();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw NotAuthenticatedException.invalidCredentials();
    }
    String username = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    String state = authenticate.credentialState(username);
    Optional<User> cached = passwordChecks.get(username, password, state);
    if (cached.isPresent()) {
      return cached.get();
    }
    User user = authenticate.withPassword(username, password, clientAddress)
        .orElseThrow(NotAuthenticatedException::invalidCredentials);
    // Portal logins may have just created or changed the local copy: key the entry on the state after the check.
    passwordChecks.put(username, password, authenticate.credentialState(username), user);
    return user;
  }
}
