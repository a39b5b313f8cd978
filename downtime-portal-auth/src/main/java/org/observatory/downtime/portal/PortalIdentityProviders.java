package org.observatory.downtime.portal;

import java.time.Clock;
import java.util.Objects;

/** Builds the Observation Portal identity provider the service uses: the portal client behind a token cache. */
public final class PortalIdentityProviders {

  private PortalIdentityProviders() {
  }

  /**
   * A {@link PortalIdentityProvider} with its own HTTP client (the settings' timeouts), wrapped in a
   * {@link CachingIdentityProvider} that keeps only the portal's "unknown token" answers.
   *
   * <p>Known tokens are not kept: the service copies a found profile locally, so the provider is asked about a token
   * again only once it has left the local store, i.e. after the portal replaced it; a kept hit would then bring the
   * replaced token back to life.
   */
  public static CachingIdentityProvider create(PortalSettings settings, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    PortalIdentityProvider portal = new PortalIdentityProvider(settings.httpClient(), settings.tokenUrl(),
        settings.profileUrl(), settings.clientId(), settings.clientSecret());
    return new CachingIdentityProvider(portal, clock);
  }
}
