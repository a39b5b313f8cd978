package org.observatory.downtime.http.request;

import io.javalin.http.Context;
import java.util.Locale;

/** The scheme and host a client used, honouring a reverse proxy's {@code X-Forwarded-Proto}. */
public final class RequestScheme {

  private RequestScheme() {
  }

  /** {@code http} or {@code https}, as the client sent the request. */
  public static String scheme(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    if (forwarded != null && !forwarded.isBlank()) {
      return forwarded.split(",")[0].strip().toLowerCase(Locale.ROOT);
    }
    return ctx.scheme();
  }

  /** Whether the client used https (directly or through a proxy). */
  public static boolean secure(Context ctx) {
    return "https".equals(scheme(ctx));
  }

  /** {@code scheme://host[:port]} as the client addressed this server. */
  public static String origin(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) {
      host = ctx.host();
    }
    return scheme(ctx) + "://" + host;
  }
}
