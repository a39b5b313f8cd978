package org.observatory.downtime.http.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.http.request.RequestScheme;

/**
 * Stateless login sessions: a cookie holding the username and an expiry, signed with HMAC-SHA256 over
 * {@code SECRET_KEY}, so any instance sharing the key accepts it and logging out needs no server state.
 *
 * <p>The cookie is HttpOnly, SameSite=Lax, and Secure when the request came over https (directly or through a
 * proxy sending {@code X-Forwarded-Proto: https}). The user's flags are looked up afresh on every request.
 */
public final class SessionCookies {

  /** Name of the session cookie. */
  public static final String COOKIE = "downtime_session";
  /** How long a login lasts when no other duration is given. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);

  private static final String PURPOSE = "downtime.session";

  private final Signer signer;
  private final Duration maxAge;
  private final Clock clock;

  public SessionCookies(String secretKey, Duration maxAge, Clock clock) {
    this.signer = new Signer(Objects.requireNonNull(secretKey, "secretKey"));
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public SessionCookies(String secretKey) {
    this(secretKey, DEFAULT_MAX_AGE, Clock.systemUTC());
  }

  /** Starts a session for this username: sets the signed cookie on the answer. */
  public void login(Context ctx, String username) {
    ctx.cookie(cookie(ctx, value(username), (int) maxAge.toSeconds()));
  }

  /** The signed cookie value of a new session for this username (e.g. for a client that sets cookies itself). */
  public String value(String username) {
    long expiry = clock.instant().plus(maxAge).getEpochSecond();
    String payload = encode(Objects.requireNonNull(username, "username")) + "." + expiry;
    return payload + "." + signer.sign(PURPOSE, payload);
  }

  /** Ends the session: tells the browser to drop the cookie. */
  public void logout(Context ctx) {
    ctx.cookie(cookie(ctx, "", 0));
  }

  /** The username of a valid, unexpired session cookie on the request, or empty. */
  public Optional<String> username(Context ctx) {
    return username(ctx.cookie(COOKIE));
  }

  /** The username inside a cookie value when its signature is right and it has not expired, or empty. */
  public Optional<String> username(String cookieValue) {
    if (cookieValue == null || cookieValue.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = cookieValue.split("\\.", -1);
    if (parts.length != 3 || !signer.verify(PURPOSE, parts[0] + "." + parts[1], parts[2])) {
      return Optional.empty();
    }
    try {
      if (Long.parseLong(parts[1]) <= clock.instant().getEpochSecond()) {
        return Optional.empty();
      }
      return Optional.of(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String encode(String username) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8));
  }

  private static Cookie cookie(Context ctx, String value, int maxAgeSeconds) {
    return new Cookie(COOKIE, value, "/", maxAgeSeconds, RequestScheme.secure(ctx), true, null, SameSite.LAX);
  }
}
