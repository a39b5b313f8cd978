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
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.http.request.RequestScheme;

/**
 * Login sessions in a cookie signed with HMAC-SHA256 over {@code SECRET_KEY}: username, the user's session
 * generation, start and last activity, so any instance sharing the key and the database accepts it.
 *
 * <p>A session ends when it is older than the absolute lifetime, idle for longer than the idle lifetime, or when the
 * user's session generation (kept in the database) has moved on: logging out, a new password and the loss of staff
 * rights end every session of that user on every instance at once. Activity is written back into the cookie at most
 * once a minute, so reading pages writes nothing to the database. The cookie is HttpOnly, SameSite=Lax, and Secure
 * when the request came over https (directly or through a proxy sending {@code X-Forwarded-Proto: https}).
 */
public final class SessionCookies {

  /** Name of the session cookie. */
  public static final String COOKIE = "downtime_session";
  /** How long a login lasts at most when no other duration is given. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);
  /** How long a login lasts without activity when no other duration is given. */
  public static final Duration DEFAULT_IDLE = Duration.ofHours(2);

  private static final String PURPOSE = "downtime.session";
  private static final Duration REFRESH = Duration.ofMinutes(1);
  private static final String REFRESHED = SessionCookies.class.getName() + ".refreshed";

  private final Signer signer;
  private final Duration maxAge;
  private final Duration idle;
  private final Clock clock;

  public SessionCookies(String secretKey, Duration maxAge, Duration idle, Clock clock) {
    this.signer = new Signer(Objects.requireNonNull(secretKey, "secretKey"));
    this.maxAge = positive(maxAge, "maxAge");
    this.idle = positive(idle, "idle");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public SessionCookies(String secretKey, Duration maxAge, Clock clock) {
    this(secretKey, maxAge, DEFAULT_IDLE, clock);
  }

  public SessionCookies(String secretKey) {
    this(secretKey, DEFAULT_MAX_AGE, DEFAULT_IDLE, Clock.systemUTC());
  }

  /** Starts a session for this user in the given session generation: sets the signed cookie on the answer. */
  public void login(Context ctx, String username, long generation) {
    ctx.cookie(cookie(ctx, value(username, generation), (int) maxAge.toSeconds()));
  }

  /** The signed cookie value of a new session for this username in session generation 0 (a user never logged out). */
  public String value(String username) {
    return value(username, 0);
  }

  /** The signed cookie value of a new session for this username in this session generation. */
  public String value(String username, long generation) {
    long now = clock.instant().getEpochSecond();
    return sign(new SessionCookie(encode(Objects.requireNonNull(username, "username")), generation, now, now));
  }

  /** Ends the session: tells the browser to drop the cookie. */
  public void logout(Context ctx) {
    ctx.cookie(cookie(ctx, "", 0));
  }

  /**
   * The user of a valid session cookie on the request, as stored now, or empty; refreshes the cookie's activity time
   * when it is more than a minute old.
   */
  public Optional<User> user(Context ctx, AuthenticateUseCase authenticate) {
    Optional<SessionCookie> session = session(ctx.cookie(COOKIE));
    Optional<User> user = session.flatMap(s -> authenticate.resumeSession(s.username(), s.generation()));
    if (user.isPresent() && ctx.attribute(REFRESHED) == null
        && clock.instant().getEpochSecond() - session.get().lastSeen() >= REFRESH.toSeconds()) {
      ctx.attribute(REFRESHED, Boolean.TRUE);
      SessionCookie s = session.get();
      long now = clock.instant().getEpochSecond();
      int remaining = (int) Math.max(1, s.started() + maxAge.toSeconds() - now);
      ctx.cookie(cookie(ctx, sign(new SessionCookie(s.encodedUsername(), s.generation(), s.started(), now)),
          remaining));
    }
    return user;
  }

  /** The username of a valid, unexpired session cookie on the request, or empty. */
  public Optional<String> username(Context ctx) {
    return username(ctx.cookie(COOKIE));
  }

  /** The username inside a cookie value when its signature is right and it has not expired, or empty. */
  public Optional<String> username(String cookieValue) {
    return session(cookieValue).map(SessionCookie::username);
  }

  /** The session in a cookie value when its signature is right and it is neither too old nor idle too long. */
  Optional<SessionCookie> session(String cookieValue) {
    Optional<SessionCookie> session = SessionCookie.parse(cookieValue)
        .filter(s -> signer.verify(PURPOSE, s.payload(), s.signature()));
    long now = clock.instant().getEpochSecond();
    return session.filter(s -> now < s.started() + maxAge.toSeconds() && now < s.lastSeen() + idle.toSeconds());
  }

  /** The part of a session cookie value that stays the same for the whole session (what CSRF tokens are bound to). */
  static String stableId(String cookieValue) {
    return SessionCookie.parse(cookieValue).map(SessionCookie::id).orElse(cookieValue);
  }

  private String sign(SessionCookie session) {
    String payload = session.payload();
    return payload + "." + signer.sign(PURPOSE, payload);
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }

  private static Cookie cookie(Context ctx, String value, int maxAgeSeconds) {
    return new Cookie(COOKIE, value, "/", maxAgeSeconds, RequestScheme.secure(ctx), true, null, SameSite.LAX);
  }

  private static String encode(String username) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8));
  }
}
