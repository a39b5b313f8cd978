package org.observatory.downtime.http;

import java.time.Duration;
import java.util.Objects;
import org.observatory.downtime.http.request.TrustedProxies;
import org.observatory.downtime.http.security.SessionCookies;

/**
 * How the HTTP server listens and signs things.
 *
 * @param host            interface to bind, e.g. {@code 127.0.0.1}
 * @param port            port to bind; {@code 0} picks a free one (tests)
 * @param secretKey       signs session cookies and CSRF tokens ({@code SECRET_KEY}); never logged
 * @param debug           development mode ({@code DEBUG}): more detail in the log, never in answers
 * @param logoUrl         image shown in the pages' navbar ({@code LOGO_URL}), may be {@code ""}
 * @param serverKey       key the Observation Portal sends as {@code Authorization: Server <key>}
 *                        ({@code OAUTH_SERVER_KEY}); {@code ""} refuses every push; never logged
 * @param maxRequestBytes largest request body accepted; larger ones are answered 413
 * @param answerCacheBytes bytes of finished {@code GET /api/} list answers kept for repeated requests (valid while
 *                        the stored data does not change); {@code 0} keeps none
 * @param sessionMaxAge   how long a login session lasts at most ({@code SESSION_MAX_HOURS})
 * @param sessionIdle     how long a login session lasts without a request ({@code SESSION_IDLE_HOURS})
 * @param trustedProxies  the reverse proxies whose {@code X-Forwarded-Proto}/{@code -For} count
 *                        ({@code TRUSTED_PROXIES}); nobody by default
 */
public record HttpSettings(
    String host,
    int port,
    String secretKey,
    boolean debug,
    String logoUrl,
    String serverKey,
    long maxRequestBytes,
    long answerCacheBytes,
    Duration sessionMaxAge,
    Duration sessionIdle,
    TrustedProxies trustedProxies) {

  /** One megabyte, the default body limit. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1024L * 1024L;

  /** 32 MB of list answers (a 10 000-row answer is ~3.5 MB), the default answer cache. */
  public static final long DEFAULT_ANSWER_CACHE_BYTES = 32L * 1024L * 1024L;

  public HttpSettings {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    Objects.requireNonNull(secretKey, "secretKey");
    if (secretKey.isEmpty()) {
      throw new IllegalArgumentException("secretKey must not be empty");
    }
    logoUrl = logoUrl == null ? "" : logoUrl;
    serverKey = serverKey == null ? "" : serverKey;
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
    }
    if (answerCacheBytes < 0) {
      throw new IllegalArgumentException("answerCacheBytes must not be negative, was " + answerCacheBytes);
    }
    Objects.requireNonNull(sessionMaxAge, "sessionMaxAge");
    Objects.requireNonNull(sessionIdle, "sessionIdle");
    trustedProxies = trustedProxies == null ? TrustedProxies.NONE : trustedProxies;
    if (sessionMaxAge.isNegative() || sessionMaxAge.isZero() || sessionIdle.isNegative() || sessionIdle.isZero()) {
      throw new IllegalArgumentException("session lifetimes must be positive, were " + sessionMaxAge + " and "
          + sessionIdle);
    }
  }

  /** Settings trusting no proxy. */
  public HttpSettings(String host, int port, String secretKey, boolean debug, String logoUrl, String serverKey,
                      long maxRequestBytes, long answerCacheBytes, Duration sessionMaxAge, Duration sessionIdle) {
    this(host, port, secretKey, debug, logoUrl, serverKey, maxRequestBytes, answerCacheBytes, sessionMaxAge,
        sessionIdle, TrustedProxies.NONE);
  }

  /** Settings with the default session lifetimes (12 h at most, 2 h idle). */
  public HttpSettings(String host, int port, String secretKey, boolean debug, String logoUrl, String serverKey,
                      long maxRequestBytes, long answerCacheBytes) {
    this(host, port, secretKey, debug, logoUrl, serverKey, maxRequestBytes, answerCacheBytes,
        SessionCookies.DEFAULT_MAX_AGE, SessionCookies.DEFAULT_IDLE);
  }

  /** Settings with the default answer cache. */
  public HttpSettings(String host, int port, String secretKey, boolean debug, String logoUrl, String serverKey,
                      long maxRequestBytes) {
    this(host, port, secretKey, debug, logoUrl, serverKey, maxRequestBytes, DEFAULT_ANSWER_CACHE_BYTES);
  }

  /** Settings for a local test server on a free port with the default body limit and no portal push key. */
  public static HttpSettings forTests(String secretKey) {
    return new HttpSettings("127.0.0.1", 0, secretKey, false, "", "", DEFAULT_MAX_REQUEST_BYTES);
  }

  /** The same settings with another portal push key. */
  public HttpSettings withServerKey(String key) {
    return new HttpSettings(host, port, secretKey, debug, logoUrl, key, maxRequestBytes, answerCacheBytes,
        sessionMaxAge, sessionIdle, trustedProxies);
  }

  /** The same settings with another body limit. */
  public HttpSettings withMaxRequestBytes(long bytes) {
    return new HttpSettings(host, port, secretKey, debug, logoUrl, serverKey, bytes, answerCacheBytes,
        sessionMaxAge, sessionIdle, trustedProxies);
  }

  /** The same settings with another answer cache size ({@code 0} turns it off). */
  public HttpSettings withAnswerCacheBytes(long bytes) {
    return new HttpSettings(host, port, secretKey, debug, logoUrl, serverKey, maxRequestBytes, bytes,
        sessionMaxAge, sessionIdle, trustedProxies);
  }

  /** The same settings with other session lifetimes. */
  public HttpSettings withSessionLifetimes(Duration maxAge, Duration idle) {
    return new HttpSettings(host, port, secretKey, debug, logoUrl, serverKey, maxRequestBytes, answerCacheBytes,
        maxAge, idle, trustedProxies);
  }

  /** The same settings trusting these reverse proxies' forwarded headers. */
  public HttpSettings withTrustedProxies(TrustedProxies proxies) {
    return new HttpSettings(host, port, secretKey, debug, logoUrl, serverKey, maxRequestBytes, answerCacheBytes,
        sessionMaxAge, sessionIdle, proxies);
  }

  @Override
  public String toString() {
    // The record's default would print the secrets.
    return "HttpSettings[host=" + host + ", port=" + port + ", debug=" + debug + ", logoUrl=" + logoUrl
        + ", serverKey=" + (serverKey.isEmpty() ? "(none)" : "(set)") + ", maxRequestBytes=" + maxRequestBytes
        + ", answerCacheBytes=" + answerCacheBytes + ", sessionMaxAge=" + sessionMaxAge + ", sessionIdle="
        + sessionIdle + ", trustedProxies=" + trustedProxies + "]";
  }
}
