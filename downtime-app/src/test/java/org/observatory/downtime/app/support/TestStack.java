package org.observatory.downtime.app.support;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.IdentityProvider;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.service.AuthenticationService;
import org.observatory.downtime.core.service.AvailabilityService;
import org.observatory.downtime.core.service.CreateDowntimeService;
import org.observatory.downtime.core.service.DeleteDowntimeService;
import org.observatory.downtime.core.service.FindDowntimesService;
import org.observatory.downtime.core.service.HistoryService;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.core.service.RecurringDowntimeService;
import org.observatory.downtime.core.service.UpdateDowntimeService;
import org.observatory.downtime.core.service.UserService;
import org.observatory.downtime.core.service.WritePolicy;
import org.observatory.downtime.http.DowntimeHttpServer;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.HttpSettings;
import org.observatory.downtime.http.feature.FeatureServices;
import org.observatory.downtime.http.ical.Ical4jRecurrenceExpander;

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
  private final UserService users;
  private final DowntimeHttpServer server;

  private TestStack(TestDatabase database, WriteAccess access, InstrumentCatalogue catalogue, HttpSettings settings,
                    Optional<IdentityProvider> portal) {
    this.database = Objects.requireNonNull(database, "database");
    DowntimeRepository downtimes = database.downtimes();
    PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 10);
    this.users = new UserService(database.users(), hasher);
    WritePolicy policy = new WritePolicy(access);
    HttpServices services = new HttpServices(
        new CreateDowntimeService(downtimes, catalogue, policy),
        new FindDowntimesService(downtimes),
        new UpdateDowntimeService(downtimes, catalogue, policy),
        new DeleteDowntimeService(downtimes, policy),
        new AuthenticationService(database.users(), hasher, portal),
        users, catalogue, policy, downtimes::reachable);
    FeatureServices features = new FeatureServices(
        new HistoryService(database.auditTrail()),
        new RecurringDowntimeService(downtimes, catalogue, policy, new Ical4jRecurrenceExpander()),
        new AvailabilityService(downtimes, catalogue));
    addUser("staff", true, false);
    addUser("root", false, true);
    addUser("alice", false, false);
    addUser("bob", false, false);
    try {
      this.server = new DowntimeHttpServer(settings, services, features).start();
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

  /** Local accounts, e.g. to add one. */
  public UserService users() {
    return users;
  }

  public DowntimeHttpServer server() {
    return server;
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  private void addUser(String name, boolean staff, boolean superuser) {
    UserAccount account = users.createLocalUser(name, (name + "-pass").toCharArray(), staff);
    database.users().save(new UserAccount(name, account.passwordHash(), staff, superuser, "", "", "",
        name + "-token", UserAccount.Source.LOCAL));
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      database.close();
    }
  }
}
