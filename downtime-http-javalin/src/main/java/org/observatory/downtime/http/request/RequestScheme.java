package org.observatory.downtime.http.request;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The scheme, host and address a client used. A reverse proxy's {@code X-Forwarded-Proto} and {@code X-Forwarded-For}
 * count only when the request came from one of the {@link TrustedProxies} ({@link #believeForwarding}); otherwise
 * the connection itself says.
 */
public final class RequestScheme {

  private static final String FORWARDED_PROTO = RequestScheme.class.getName() + ".proto";
  private static final String CLIENT = RequestScheme.class.getName() + ".client";

  private RequestScheme() {
  }

  /**
   * Takes the forwarded scheme and client address of a request that came from a trusted proxy; a request from
   * anyone else keeps its connection's scheme and address. Called once per request, before any handler.
   */
  public static void believeForwarding(Context ctx, TrustedProxies proxies) {
    String peer = ctx.req().getRemoteAddr();
    if (!proxies.trusts(peer)) {
      return;
    }
    String proto = ctx.header("X-Forwarded-Proto");
    if (proto != null && !proto.isBlank()) {
      String first = proto.split(",")[0].strip().toLowerCase(Locale.ROOT);
      if (first.equals("http") || first.equals("https")) {
        ctx.attribute(FORWARDED_PROTO, first);
      }
    }
    String forwardedFor = ctx.header("X-Forwarded-For");
    if (forwardedFor != null && !forwardedFor.isBlank()) {
      // The client is the nearest address that is not one of our proxies, reading from the right.
      String[] hops = forwardedFor.split(",");
      String client = peer;
      for (int i = hops.length - 1; i >= 0 && proxies.trusts(client); i--) {
        client = hops[i].strip();
      }
      ctx.attribute(CLIENT, client);
    }
  }

  /** {@code http} or {@code https}, as the client sent the request. */
  public static String scheme(Context ctx) {
    String forwarded = ctx.attribute(FORWARDED_PROTO);
    return forwarded != null ? forwarded : ctx.scheme();
  }

  /** The client's address: the connection's, or the one a trusted proxy forwarded. */
  public static String clientAddress(Context ctx) {
    String forwarded = ctx.attribute(CLIENT);
    return forwarded != null ? forwarded : ctx.ip();
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
