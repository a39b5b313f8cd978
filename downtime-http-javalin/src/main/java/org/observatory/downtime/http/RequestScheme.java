package org.observatory.downtime.http;

import io.javalin.http.Context;
import java.util.Locale;

/** The scheme and host a client used, honouring a reverse proxy's {@code X-Forwarded-Proto}. */
final class RequestScheme {

  private RequestScheme() {
  }

  static String scheme(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    if (forwarded != null && !forwarded.isBlank()) {
      return forwarded.split(",")[0].strip().toLowerCase(Locale.ROOT);
    }
    return ctx.scheme();
  }

  static boolean secure(Context ctx) {
    return "https".equals(scheme(ctx));
  }

  /** {@code scheme://host[:port]} as the client addressed this server. */
  static String origin(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) {
      host = ctx.host();
    }
    return scheme(ctx) + "://" + host;
  }
}
