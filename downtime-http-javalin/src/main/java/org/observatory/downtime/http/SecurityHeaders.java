package org.observatory.downtime.http;

import io.javalin.http.Context;
import org.observatory.downtime.http.request.RequestScheme;

/**
 * The protective headers every answer carries: no sniffing, no framing, a same-origin referrer, a
 * Content-Security-Policy that lets pages run only the service's own scripts and styles, and HSTS over https.
 */
final class SecurityHeaders {

  /**
   * Everything from this service only; no inline script or style, no plug-ins, no framing, forms posted only here.
   * Images may also be {@code data:} URLs (Swagger UI draws its icons so).
   */
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  /** A year, without subdomains: the observatory's other hosts may still serve plain http. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private SecurityHeaders() {
  }

  /** Sets the headers; HSTS only when the client came over https (directly or through a trusted proxy). */
  static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (RequestScheme.secure(ctx)) {
      // Browsers ignore the header over plain http (RFC 6797 §8.1), and a direct http client is told nothing.
      ctx.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
  }
}
