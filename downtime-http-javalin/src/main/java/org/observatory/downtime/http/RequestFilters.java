package org.observatory.downtime.http;

import io.javalin.http.Context;
import org.observatory.downtime.http.api.BadRequestException;
import org.observatory.downtime.http.api.CorsAndOptions;
import org.observatory.downtime.http.api.OversizedBodies;
import org.observatory.downtime.http.security.HttpAuthenticator;
import org.observatory.downtime.http.request.RequestScheme;
import org.observatory.downtime.http.request.TrustedProxies;

/**
 * What runs before every handler: the request's id, security headers, CORS for the API, the body limit, and the check of credentials
 * that are given on an API request.
 */
final class RequestFilters {

  private final HttpAuthenticator authenticator;
  private final long maxRequestBytes;
  private final TrustedProxies proxies;

  RequestFilters(HttpAuthenticator authenticator, long maxRequestBytes, TrustedProxies proxies) {
    this.authenticator = authenticator;
    this.maxRequestBytes = maxRequestBytes;
    this.proxies = proxies;
  }

  void before(Context ctx) {
    RequestScheme.believeForwarding(ctx, proxies);
    RequestIds.assign(ctx);
    SecurityHeaders.apply(ctx);
    CorsAndOptions.allowOrigins(ctx);
    refuseLargeBodies(ctx);
    checkGivenCredentials(ctx);
  }

  // The declared length is checked up front; a chunked body is cut off by the API's body reader while it is read.
  // Either way a moderately oversized body is read and dropped before the 413 (OversizedBodies).
  private void refuseLargeBodies(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > maxRequestBytes) {
      if (declared <= OversizedBodies.DRAIN_LIMIT_BYTES) {
        OversizedBodies.drain(ctx, 0);
      }
      throw BadRequestException.bodyTooLarge(maxRequestBytes);
    }
  }

  // As DRF: credentials that are given are checked on every API request, reads included, so a bad token is
  // noticed at once. A CORS preflight carries no credentials and is never refused.
  private void checkGivenCredentials(Context ctx) {
    if (ctx.path().startsWith("/api/") && !"OPTIONS".equals(ctx.method().name())) {
      authenticator.user(ctx);
    }
  }
}
