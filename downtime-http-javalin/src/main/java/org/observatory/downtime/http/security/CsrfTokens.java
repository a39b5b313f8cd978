package org.observatory.downtime.http.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.http.request.RequestScheme;

/**
 * CSRF tokens for forms and for cookie-authenticated API writes: an HMAC over the session cookie's random id (or,
 * before login, over a random per-browser cookie), so no server state is kept and a token stops working when the
 * session it belongs to changes.
 *
 * <p>Forms send the token as the field {@value #FIELD}; scripts send it as the header {@value #HEADER}.
 */
public final class CsrfTokens {

  /** Form field carrying the token (Django's name, which the observatory's front ends already send). */
  public static final String FIELD = "csrfmiddlewaretoken";
  /** Header carrying the token. */
  public static final String HEADER = "X-CSRFToken";
  /** Cookie holding the random value tokens are derived from before a login. */
  public static final String COOKIE = "downtime_csrf";
  /** The answer when a token is missing or wrong. */
  public static final String FAILED = "CSRF Failed: CSRF token missing or incorrect.";

  private static final String PURPOSE = "downtime.csrf";

  private final Signer signer;
  private final SecureRandom random = new SecureRandom();

  public CsrfTokens(String secretKey) {
    this.signer = new Signer(Objects.requireNonNull(secretKey, "secretKey"));
  }

  /** The token to put into a form on this answer; sets the per-browser cookie first when there is none yet. */
  public String token(Context ctx) {
    String base = base(ctx);
    if (base == null) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      base = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      ctx.cookie(new Cookie(COOKIE, base, "/", -1, RequestScheme.secure(ctx), true, null, SameSite.LAX));
      ctx.attribute(COOKIE, base);
    }
    return signer.sign(PURPOSE, base);
  }

  /** The token that belongs to a session cookie value (e.g. for a script that holds the session). */
  public String tokenForSession(String sessionCookieValue) {
    return signer.sign(PURPOSE, "session:" + SessionCookies.stableId(sessionCookieValue));
  }

  /** Whether the request carries the right token in the form field or the header (constant-time comparison). */
  public boolean valid(Context ctx) {
    String base = base(ctx);
    if (base == null) {
      return false;
    }
    String submitted = ctx.header(HEADER);
    if (submitted == null || submitted.isEmpty()) {
      submitted = ctx.formParam(FIELD);
    }
    return signer.verify(PURPOSE, base, submitted);
  }

  /** @throws PermissionDeniedException (403) when the request does not carry the right token */
  public void check(Context ctx) {
    if (!valid(ctx)) {
      throw new PermissionDeniedException(FAILED);
    }
  }

  private static String base(Context ctx) {
    String session = ctx.cookie(SessionCookies.COOKIE);
    if (session != null && !session.isEmpty()) {
      return "session:" + SessionCookies.stableId(session);
    }
    String justSet = ctx.attribute(COOKIE);
    String browser = justSet != null ? justSet : ctx.cookie(COOKIE);
    return browser == null || browser.isEmpty() ? null : browser;
  }
}
