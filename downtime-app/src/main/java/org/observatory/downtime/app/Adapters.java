package org.observatory.downtime.app;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.configdb.CatalogueSource;
import org.observatory.downtime.configdb.InstrumentCatalogues;
import org.observatory.downtime.core.port.out.IdentityProvider;
import org.observatory.downtime.portal.PortalIdentityProviders;
import org.observatory.downtime.portal.PortalSettings;

/**
 * The adapters that can be built from the configuration alone, without touching the database or the network: the
 * instrument catalogue and, when configured, the Observation Portal. Building them checks their variables.
 *
 * @param catalogue the catalogue named by {@code CONFIGDB_URL} (the demo network when unset)
 * @param portal    the portal identity provider behind its token cache, or empty when {@code OAUTH_TOKEN_URL} is unset
 */
public record Adapters(CatalogueSource catalogue, Optional<IdentityProvider> portal) {

  public Adapters {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(portal, "portal");
  }

  /**
   * Builds the catalogue and the portal provider of a configuration.
   *
   * @throws ConfigException when {@code CONFIGDB_URL} or an {@code OAUTH_*} value cannot be used
   */
  public static Adapters fromConfig(AppConfig config, Clock clock) {
    CatalogueSource catalogue;
    try {
      // The client is built only for ConfigDB over HTTP: it loads the TLS trust store (about 0.3 s of a start).
      catalogue = InstrumentCatalogues.fromSetting(config.configdbUrl(), InstrumentCatalogues::defaultClient, clock);
    } catch (IllegalArgumentException e) {
      // The factory's messages start with the variable's name already.
      throw new ConfigException(e.getMessage().startsWith("CONFIGDB_URL") ? e.getMessage()
          : "CONFIGDB_URL: " + e.getMessage(), e);
    }
    Optional<IdentityProvider> portal = config.portal().map(settings -> {
      try {
        return PortalIdentityProviders.create(new PortalSettings(settings.tokenUrl(), settings.profileUrl(),
            settings.clientId(), settings.clientSecret(), settings.connectTimeout(), settings.readTimeout()), clock);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("OAUTH_*: " + e.getMessage(), e);
      }
    });
    return new Adapters(catalogue, portal);
  }
}
