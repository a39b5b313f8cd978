package org.observatory.downtime.portal;

import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * How to reach the Observation Portal: its OAuth2 token and profile URLs, this service's OAuth2 client, and timeouts.
 *
 * @param tokenUrl       {@code OAUTH_TOKEN_URL}, an http(s) URL
 * @param profileUrl     {@code OAUTH_PROFILE_URL}, an http(s) URL
 * @param clientId       {@code OAUTH_CLIENT_ID}, not blank
 * @param clientSecret   {@code OAUTH_CLIENT_SECRET}, may be {@code ""}; never shown by {@link #toString()}
 * @param connectTimeout how long to wait for a connection, positive
 * @param readTimeout    how long to wait for each read of an answer, positive
 */
public record PortalSettings(
    String tokenUrl, String profileUrl, String clientId, String clientSecret,
    Duration connectTimeout, Duration readTimeout) {

  /** Connect timeout used by {@link #withDefaultTimeouts}. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
  /** Read timeout used by {@link #withDefaultTimeouts}. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

  public PortalSettings {
    tokenUrl = httpUrl("tokenUrl (OAUTH_TOKEN_URL)", tokenUrl);
    profileUrl = httpUrl("profileUrl (OAUTH_PROFILE_URL)", profileUrl);
    Objects.requireNonNull(clientId, "clientId (OAUTH_CLIENT_ID)");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId (OAUTH_CLIENT_ID) must not be blank when OAUTH_TOKEN_URL is set");
    }
    clientSecret = clientSecret == null ? "" : clientSecret;
    timeout("connectTimeout", connectTimeout);
    timeout("readTimeout", readTimeout);
  }

  /** Settings with {@link #DEFAULT_CONNECT_TIMEOUT} and {@link #DEFAULT_READ_TIMEOUT}. */
  public static PortalSettings withDefaultTimeouts(String tokenUrl, String profileUrl, String clientId,
      String clientSecret) {
    return new PortalSettings(tokenUrl, profileUrl, clientId, clientSecret, DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT);
  }

  /** The longest one portal operation (a login is two calls) may take: connect plus read timeout. */
  public Duration operationTimeout() {
    return connectTimeout.plus(readTimeout);
  }

  /** A new HTTP client with these timeouts; each whole call is bounded by {@link #operationTimeout()}. */
  public OkHttpClient httpClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .callTimeout(operationTimeout())
        .build();
  }

  @Override
  public String toString() {
    return "PortalSettings[tokenUrl=" + tokenUrl + ", profileUrl=" + profileUrl + ", clientId=" + clientId
        + ", clientSecret=" + (clientSecret.isEmpty() ? "" : "****") + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + "]";
  }

  private static String httpUrl(String field, String value) {
    Objects.requireNonNull(value, field);
    if (HttpUrl.parse(value.strip()) == null) {
      throw new IllegalArgumentException(field + " must be an http:// or https:// URL, not: "
          + value.replaceAll("//[^/@]*@", "//***@"));
    }
    return value.strip();
  }

  private static void timeout(String field, Duration value) {
    Objects.requireNonNull(value, field);
    if (value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException(field + " must be positive and at most " + MAX_TIMEOUT.toMinutes()
          + " minutes, not " + value);
    }
  }
}
