package org.observatory.downtime.app.support;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.IdentityProvider;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.app.AppMetrics;
import org.observatory.downtime.app.Application;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.model.WebhookPolicy;
import org.observatory.downtime.core.service.DowntimeServices;
import org.observatory.downtime.core.service.WebhookServices;
import org.observatory.downtime.http.api.ChangeEventJson;
import org.observatory.downtime.webhooks.WebhookSenders;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.core.service.UserService;
import org.observatory.downtime.http.DowntimeHttpServer;
import org.observatory.downtime.recurrence.Ical4jRecurrenceExpander;
import org.observatory.downtime.http.HttpSettings;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/**
 * The real stack wired by hand as the composition root wires it, for tests over HTTP: a {@link TestDatabase}, the
 * core services (with the added features: history, recurring series, availability) and the server on a free port.
 * Closing it stops the server and removes the database.
 *
 * <p>Users: {@code staff} (staff), {@code root} (superuser), {@code alice} and {@code bob} (neither). Each has the
 * password {@code <name>-pass} (hashed with few iterations so tests stay fast) and the API token {@code <name>-token}.
 *
 * <p>Usage: {@code try (TestStack stack = TestStack.start(TestDatabase.sqlite())) { ... stack.baseUrl() ... }}.
 */
public final class TestStack implements AutoCloseable {

  /** The key signing session cookies and CSRF tokens. */
  public static final String SECRET = "test-secret-key-for-signing";
  /** The key the portal pushes profiles with ({@code Authorization: Server <key>}). */
  public static final String SERVER_KEY = "portal-server-key";

  private final TestDatabase database;
  private final DowntimeServices services;
  private final PasswordHasher fastHasher = new PasswordHasher(new SecureRandom(), 10);
  private final DowntimeHttpServer server;
  private final AppMetrics metrics = new AppMetrics();

  // Wired as the application wires it (DowntimeServices.create, Application.httpServices), on a test database.
  private TestStack(TestDatabase database, WriteAccess access, InstrumentCatalogue catalogue, HttpSettings settings,
                    Optional<IdentityProvider> portal) {
    this.database = Objects.requireNonNull(database, "database");
    this.services = DowntimeServices.create(new DowntimeServices.Ports(database.downtimes(), database.auditTrail(),
        database.users(), catalogue, new Ical4jRecurrenceExpander(), portal, database.changes(), new SuncalcDarknessCalculator()), access);
    addUser("staff", true, false);
    addUser("root", false, true);
    addUser("alice", false, false);
    addUser("bob", false, false);
    try {
      this.server = new DowntimeHttpServer(settings,
          Application.httpServices(services, catalogue, database.downtimes()::reachable,
              WebhookServices.create(database.persistence().webhookSubscriptions(),
                  database.persistence().webhookOutbox(), WebhookSenders.create(true), new ChangeEventJson(),
                  WebhookPolicy.DEFAULT, Clock.systemUTC()).manage()), Clock.systemUTC(),
          metrics.registry()).start();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Staff-only writes, the small test catalogue, no portal. */
  public static TestStack start(TestDatabase database) {
    return start(database, WriteAccess.STAFF, TestCatalogues.fixed());
  }

  public static TestStack start(TestDatabase database, WriteAccess access) {
    return start(database, access, TestCatalogues.fixed());
  }

  public static TestStack start(TestDatabase database, WriteAccess access, InstrumentCatalogue catalogue) {
    return new TestStack(database, access, catalogue, defaultSettings(), Optional.empty());
  }

  public static TestStack start(TestDatabase database, HttpSettings settings) {
    return new TestStack(database, WriteAccess.STAFF, TestCatalogues.fixed(), settings, Optional.empty());
  }

  /** With an outside identity source (the Observation Portal) behind the local accounts. */
  public static TestStack start(TestDatabase database, IdentityProvider portal) {
    return new TestStack(database, WriteAccess.STAFF, TestCatalogues.fixed(), defaultSettings(), Optional.of(portal));
  }

  private static HttpSettings defaultSettings() {
    return HttpSettings.forTests(SECRET).withServerKey(SERVER_KEY);
  }

  public TestDatabase database() {
    return database;
  }

  /** Local accounts, e.g. to add one; passwords are hashed with few iterations so tests stay fast. */
  public ManageUsersUseCase users() {
    return new UserService(database.users(), fastHasher);
  }

  /** Every use case, as the server is given them. */
  public DowntimeServices services() {
    return services;
  }

  public DowntimeHttpServer server() {
    return server;
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  private void addUser(String name, boolean staff, boolean superuser) {
    UserAccount account = users().createLocalUser(name, (name + "-pass").toCharArray(), staff);
    database.users().save(new UserAccount(name, account.passwordHash(), staff, superuser, "", "", "",
        name + "-token", UserAccount.Source.LOCAL));
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      metrics.close();
      database.close();
    }
  }
}
