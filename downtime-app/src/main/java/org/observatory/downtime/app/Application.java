package org.observatory.downtime.app;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.observatory.downtime.cli.CliServices;
import org.observatory.downtime.cli.ServerRunner;
import org.observatory.downtime.configdb.CatalogueSource;
import org.observatory.downtime.configdb.InstrumentCatalogues;
import org.observatory.downtime.core.port.out.IdentityProvider;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import org.observatory.downtime.core.service.DowntimeServices;
import org.observatory.downtime.core.service.WebhookServices;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.api.ChangeEventJson;
import org.observatory.downtime.persistence.JdbiPersistence;
import org.observatory.downtime.persistence.PersistenceConfig;
import org.observatory.downtime.portal.PortalIdentityProviders;
import org.observatory.downtime.portal.PortalSettings;
import org.observatory.downtime.recurrence.Ical4jRecurrenceExpander;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;
import org.observatory.downtime.webhooks.WebhookSenders;

/**
 * The composition root: configuration → catalogue and portal → database pools → the core's services → what the HTTP
 * server and the command line are given. Built eagerly with plain constructors; building it connects to nothing (the
 * pools open on first use), so {@code --help} or a usage error never touches a database. {@link #migrate()} brings
 * the schema up to date. Closing it closes the pools.
 */
public final class Application implements AutoCloseable {

  private final CatalogueSource catalogue;
  private final JdbiPersistence persistence;
  private final DowntimeServices services;
  private final Clock clock;
  private final AppMetrics metrics;
  private final WebhookServices webhooks;
  private volatile int migrationsApplied;

  private Application(CatalogueSource catalogue, JdbiPersistence persistence, DowntimeServices services, Clock clock,
                      AppMetrics metrics, WebhookServices webhooks) {
    this.catalogue = catalogue;
    this.persistence = persistence;
    this.services = services;
    this.clock = clock;
    this.metrics = metrics;
    this.webhooks = webhooks;
  }

  /**
   * Builds everything a configuration describes.
   *
   * @throws ConfigException when {@code CONFIGDB_URL} or an {@code OAUTH_*} value cannot be used (nothing is opened)
   */
  public static Application open(AppConfig config, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    CatalogueSource catalogue = catalogue(config, clock);
    Optional<IdentityProvider> portal = portal(config, clock);
    AppMetrics metrics = new AppMetrics();
    JdbiPersistence persistence = JdbiPersistence.open(persistenceConfig(config.database()), clock,
        metrics.registry());
    DowntimeServices services = DowntimeServices.create(new DowntimeServices.Ports(persistence.downtimes(),
        persistence.auditTrail(), persistence.users(), catalogue, new Ical4jRecurrenceExpander(), portal,
        persistence.changes(), new SuncalcDarknessCalculator(), persistence.loginFailures()), config.writeAccess(),
        config.loginLimits());
    WebhookServices webhooks = WebhookServices.create(persistence.webhookSubscriptions(),
        persistence.webhookOutbox(), WebhookSenders.create(config.webhooks().allowPrivateNetworks()),
        new ChangeEventJson(), config.webhooks().policy(), clock);
    return new Application(catalogue, persistence, services, clock, metrics, webhooks);
  }

  /**
   * Applies every pending migration, then makes the first pooled connection and query (so that the first request
   * does not pay for them).
   *
   * @return a line for people saying what was done
   * @throws org.observatory.downtime.core.model.UnavailableException when the database cannot be reached or migrated
   */
  public String migrate() {
    int applied = persistence.migrate();
    migrationsApplied += applied;
    persistence.reachable();
    return applied == 0
        ? "The schema of the " + persistence.config().describe() + " is up to date; nothing to apply."
        : "Applied " + applied + (applied == 1 ? " migration" : " migrations") + " to the "
            + persistence.config().describe() + ".";
  }

  /** How many migrations this application has applied (0 when the schema was current). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  /** Every use case of the core. */
  public DowntimeServices services() {
    return services;
  }

  /** The webhook use cases: staff managing subscriptions, and the worker delivering. */
  public WebhookServices webhooks() {
    return webhooks;
  }

  /**
   * Starts sending the queued webhook deliveries in the background (what {@code serve} does), reporting into
   * {@link #metrics()}; closing the result stops it.
   */
  public AutoCloseable deliverWebhooks() {
    return new WebhookWorker(webhooks.deliver(), metrics.registry()).start();
  }

  /** The clock the stores stamp changes from. */
  public Clock clock() {
    return clock;
  }

  /** The meters {@code /metrics} reports; the pools report into it already. */
  public AppMetrics metrics() {
    return metrics;
  }

  public CatalogueSource catalogue() {
    return catalogue;
  }

  /** What the HTTP adapter serves. */
  public HttpServices httpServices() {
    return httpServices(services, catalogue, persistence::reachable, webhooks.manage());
  }

  /**
   * What the HTTP adapter serves of these services: the one mapping, also for tests that build the services on a
   * database of their own.
   *
   * @param databaseReachable whether the database answers right now, for {@code /readyz}; must never throw
   * @param webhooks          staff managing webhook subscriptions
   */
  public static HttpServices httpServices(DowntimeServices services, InstrumentCatalogue catalogue,
                                          BooleanSupplier databaseReachable, ManageWebhooksUseCase webhooks) {
    return new HttpServices(services.create(), services.find(), services.update(), services.delete(),
        services.recurring(), services.history(), services.availability(), services.authenticate(), services.users(),
        catalogue, databaseReachable, services.changes(), services.nights(), webhooks);
  }

  /** What the command line runs, {@code serve} running {@code server}. */
  public CliServices cliServices(ServerRunner server) {
    return new CliServices(services.create(), services.find(), services.delete(), services.users(), catalogue, server,
        this::migrate, services.recurring(), services.imports(), services.nights(), services.tokens(),
        persistence::backup, webhooks.manage());
  }

  /** The database settings in the persistence adapter's terms. */
  static PersistenceConfig persistenceConfig(DatabaseSettings database) {
    PersistenceConfig.Engine engine = database.engine() == DatabaseSettings.Engine.SQLITE
        ? PersistenceConfig.Engine.SQLITE : PersistenceConfig.Engine.POSTGRESQL;
    return new PersistenceConfig(engine, database.name(), database.host(), database.port(), database.user(),
        database.password(), database.schema(), database.poolSize(), database.connectTimeout());
  }

  private static CatalogueSource catalogue(AppConfig config, Clock clock) {
    try {
      // The client is built only for ConfigDB over HTTP: it loads the TLS trust store (about 0.3 s of a start).
      return InstrumentCatalogues.fromSetting(config.configdbUrl(), InstrumentCatalogues::defaultClient, clock);
    } catch (IllegalArgumentException e) {
      // The factory's messages start with the variable's name already.
      throw new ConfigException(e.getMessage().startsWith("CONFIGDB_URL") ? e.getMessage()
          : "CONFIGDB_URL: " + e.getMessage(), e);
    }
  }

  private static Optional<IdentityProvider> portal(AppConfig config, Clock clock) {
    return config.portal().map(settings -> {
      try {
        return PortalIdentityProviders.create(new PortalSettings(settings.tokenUrl(), settings.profileUrl(),
            settings.clientId(), settings.clientSecret(), settings.connectTimeout(), settings.readTimeout()), clock);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("OAUTH_*: " + e.getMessage(), e);
      }
    });
  }

  /** Closes the connection pools and the meters. */
  @Override
  public void close() {
    try {
      persistence.close();
    } finally {
      metrics.close();
    }
  }
}
