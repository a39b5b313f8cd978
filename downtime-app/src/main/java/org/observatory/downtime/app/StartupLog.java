package org.observatory.downtime.app;

import org.observatory.downtime.configdb.CatalogueSource;
import org.observatory.downtime.core.model.WriteAccess;
import org.slf4j.Logger;

/** What the service runs with, logged once at start-up; never a secret. */
final class StartupLog {

  private StartupLog() {
  }

  static void write(Logger log, AppConfig config, CatalogueSource catalogue, int migrationsApplied) {
    log.info("Database: {}{}", config.database().describe(),
        migrationsApplied == 0 ? " (schema up to date)" : " (" + migrationsApplied + " migrations applied)");
    if (config.configdbUrl().isEmpty()) {
      log.warn("Instrument catalogue: DEMO NETWORK - {}", catalogue.description());
    } else {
      log.info("Instrument catalogue: {}", catalogue.description());
    }
    log.info("Observation Portal: {}", config.portal()
        .map(portal -> "on (token URL " + portal.tokenUrl() + ", profile URL " + portal.profileUrl()
            + ", timeouts " + portal.connectTimeout().toMillis() + " ms connect / " + portal.readTimeout().toMillis()
            + " ms read)")
        .orElse("off (local accounts only; set OAUTH_TOKEN_URL and OAUTH_PROFILE_URL to use the portal)"));
    log.info("Portal profile push /authprofile/addupdateuser/: {}",
        config.serverKey().isEmpty() ? "refused (OAUTH_SERVER_KEY is not set)" : "accepted with OAUTH_SERVER_KEY");
    log.info("Write access: {}", config.writeAccess() == WriteAccess.STAFF
        ? "staff users only (WRITE_ACCESS=staff)"
        : "any authenticated user may create; others' downtimes only by staff (WRITE_ACCESS=authenticated)");
    if (config.usesDefaultSecretKey()) {
      log.warn("SECRET_KEY is the published default: anyone could forge admin sessions. "
          + "Set SECRET_KEY to a long random value before others can reach this service.");
    }
    if (config.debug()) {
      log.info("DEBUG is on: detailed logging");
    }
  }
}
