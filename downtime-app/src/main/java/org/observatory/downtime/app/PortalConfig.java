package org.observatory.downtime.app;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the Observation Portal ({@code OAUTH_*} variables); present only when {@code OAUTH_TOKEN_URL} is set.
 *
 * @param tokenUrl       {@code OAUTH_TOKEN_URL}
 * @param profileUrl     {@code OAUTH_PROFILE_URL}
 * @param clientId       {@code OAUTH_CLIENT_ID}
 * @param clientSecret   {@code OAUTH_CLIENT_SECRET}; never shown by {@link #toString()}
 * @param connectTimeout {@code PORTAL_CONNECT_TIMEOUT}
 * @param readTimeout    {@code PORTAL_READ_TIMEOUT}
 */
public record PortalConfig(
    String tokenUrl, String profileUrl, String clientId, String clientSecret, Duration connectTimeout,
    Duration readTimeout) {

  public PortalConfig {
    Objects.requireNonNull(tokenUrl, "tokenUrl");
    Objects.requireNonNull(profileUrl, "profileUrl");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
  }

  @Override
  public String toString() {
    return "PortalConfig[tokenUrl=" + tokenUrl + ", profileUrl=" + profileUrl + ", clientId=" + clientId
        + ", clientSecret=" + (clientSecret.isEmpty() ? "none" : "****") + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + "]";
  }
}
