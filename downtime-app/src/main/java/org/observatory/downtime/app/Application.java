package org.observatory.downtime.app;

import java.time.Clock;
import java.util.Objects;
import org.observatory.downtime.configdb.CatalogueSource;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.ImportDowntimesUseCase;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.core.port.in.UpdateDowntimeUseCase;
import org.observatory.downtime.core.service.AuthenticationService;
import org.observatory.downtime.core.service.AvailabilityService;
import org.observatory.downtime.core.service.CreateDowntimeService;
import org.observatory.downtime.core.service.DeleteDowntimeService;
import org.observatory.downtime.core.service.FindDowntimesService;
import org.observatory.downtime.core.service.HistoryService;
import org.observatory.downtime.core.service.ImportDowntimesService;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.core.service.RecurringDowntimeService;
import org.observatory.downtime.core.service.UpdateDowntimeService;
import org.observatory.downtime.core.service.UserService;
import org.observatory.downtime.core.service.WritePolicy;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.feature.FeatureServices;
import org.observatory.downtime.http.ical.Ical4jRecurrenceExpander;
import org.observatory.downtime.persistence.JdbiPersistence;
import org.observatory.downtime.persistence.PersistenceConfig;

/**
 * The composition root: the database (migrated when opened), the catalogue, the optional portal and the core
 * services built on them with plain constructors. Closing it closes the connection pools.
 */
public final class Application implements AutoCloseable {

  private final JdbiPersistence persistence;
  private final CatalogueSource catalogue;
  private final WritePolicy policy;
  private final CreateDowntimeService create;
  private final FindDowntimesService find;
  private final UpdateDowntimeService update;
  private final DeleteDowntimeService delete;
  private final UserService users;
  private final AuthenticationService authenticate;
  private final HistoryService history;
  private final RecurringDowntimeService recurring;
  private final AvailabilityService availability;
  private final ImportDowntimesService imports;
  private volatile int migrationsApplied;

  // Connects to nothing yet: the pools open lazily and the schema is brought up to date by migrateOnOpen().
  private Application(AppConfig config, Adapters adapters, Clock clock) {
    this.catalogue = adapters.catalogue();
    this.persistence = JdbiPersistence.open(persistenceConfig(config.database()), clock);
    PasswordHasher hasher = new PasswordHasher();
    this.policy = new WritePolicy(config.writeAccess());
    this.create = new CreateDowntimeService(persistence.downtimes(), catalogue, policy);
    this.find = new FindDowntimesService(persistence.downtimes());
    this.update = new UpdateDowntimeService(persistence.downtimes(), catalogue, policy);
    this.delete = new DeleteDowntimeService(persistence.downtimes(), policy);
    this.users = new UserService(persistence.users(), hasher);
    this.authenticate = new AuthenticationService(persistence.users(), hasher, adapters.portal());
    this.history = new HistoryService(persistence.auditTrail());
    this.recurring = new RecurringDowntimeService(persistence.downtimes(), catalogue, policy,
        new Ical4jRecurrenceExpander());
    this.availability = new AvailabilityService(persistence.downtimes(), catalogue);
    this.imports = new ImportDowntimesService(persistence.downtimes(), catalogue, policy);
  }

  /**
   * Opens the database, brings its schema up to date and builds the services.
   *
   * @throws org.observatory.downtime.core.model.UnavailableException when the database cannot be reached or migrated
   */
  public static Application open(AppConfig config, Adapters adapters, Clock clock) {
    Application application = unmigrated(config, adapters, clock);
    try {
      application.migrateOnOpen();
    } catch (RuntimeException e) {
      application.close();
      throw e;
    }
    return application;
  }

  /**
   * Builds the pools and the services without touching the database, so that {@code serve} can build its HTTP
   * server meanwhile; {@link #migrateOnOpen()} must succeed before any of them is used.
   */
  static Application unmigrated(AppConfig config, Adapters adapters, Clock clock) {
    return new Application(Objects.requireNonNull(config, "config"), Objects.requireNonNull(adapters, "adapters"),
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Brings the schema up to date, then makes the first pooled connection and query (so the first request does not
   * pay for them).
   *
   * @throws org.observatory.downtime.core.model.UnavailableException when the database cannot be reached or migrated
   */
  void migrateOnOpen() {
    migrationsApplied = persistence.migrate();
    persistence.reachable();
  }

  /** The database settings in the persistence adapter's terms. */
  static PersistenceConfig persistenceConfig(DatabaseSettings database) {
    PersistenceConfig.Engine engine = database.engine() == DatabaseSettings.Engine.SQLITE
        ? PersistenceConfig.Engine.SQLITE : PersistenceConfig.Engine.POSTGRESQL;
    return new PersistenceConfig(engine, database.name(), database.host(), database.port(), database.user(),
        database.password(), database.schema(), database.poolSize());
  }

  /** What the HTTP adapter serves. */
  public HttpServices httpServices() {
    return new HttpServices(create, find, update, delete, authenticate, users, catalogue, policy,
        persistence::reachable);
  }

  /** What the HTTP adapter serves beyond the old API: history, recurring series, availability. */
  public FeatureServices featureServices() {
    return new FeatureServices(history, recurring, availability);
  }

  /** Recurring downtimes (also for the command line's {@code create --recurrence}). */
  public RecurringDowntimeUseCase recurring() {
    return recurring;
  }

  /** Importing files (the command line's {@code import}): exported rows restored with their ids. */
  public ImportDowntimesUseCase imports() {
    return imports;
  }

  /** How many migrations were applied when the database was opened (0 when the schema was current). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  /** Applies any migration still pending and says what the schema looks like now. */
  public String migrate() {
    int applied = migrationsApplied + persistence.migrate();
    return applied == 0
        ? "The schema of the " + persistence.config().describe() + " is up to date; nothing to apply."
        : "Applied " + applied + (applied == 1 ? " migration" : " migrations") + " to the "
            + persistence.config().describe() + ".";
  }

  public CatalogueSource catalogue() {
    return catalogue;
  }

  public CreateDowntimeUseCase create() {
    return create;
  }

  public FindDowntimesUseCase find() {
    return find;
  }

  public UpdateDowntimeUseCase update() {
    return update;
  }

  public DeleteDowntimeUseCase delete() {
    return delete;
  }

  public ManageUsersUseCase users() {
    return users;
  }

  public AuthenticateUseCase authenticate() {
    return authenticate;
  }

  /** Closes the connection pools. */
  @Override
  public void close() {
    persistence.close();
  }
}
