package org.observatory.downtime.app.http;

import java.security.SecureRandom;
import java.util.Optional;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.IdentityProvider;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.service.AuthenticationService;
import org.observatory.downtime.core.service.CreateDowntimeService;
import org.observatory.downtime.core.service.DeleteDowntimeService;
import org.observatory.downtime.core.service.FindDowntimesService;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.core.service.UpdateDowntimeService;
import org.observatory.downtime.core.service.UserService;
import org.observatory.downtime.core.service.WritePolicy;
import org.observatory.downtime.http.DowntimeHttpServer;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.HttpSettings;

/**
 * The real stack wired by hand for HTTP tests: a store, the core services, and the server on a free port, with users
 * of every kind (passwords hashed with few iterations so tests stay fast).
 *
 * <p>Users: {@code staff} (staff), {@code root} (superuser), {@code alice} and {@code bob} (neither). Each has the
 * password {@code <name>-pass} and the API token {@code <name>-token}.
 */
final class ApiStack implements AutoCloseable {

  static final String SECRET = "test-secret-key-for-signing";
  static final String SERVER_KEY = "portal-server-key";

  final Backend backend;
  final DowntimeHttpServer server;
  final ApiClient client;
  final UserService users;

  private ApiStack(Backend backend, WriteAccess access, InstrumentCatalogue catalogue, HttpSettings settings,
                   Optional<IdentityProvider> portal) {
    this.backend = backend;
    PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 10);
    this.users = new UserService(backend.users(), hasher);
    WritePolicy policy = new WritePolicy(access);
    HttpServices services = new HttpServices(
        new CreateDowntimeService(backend.downtimes(), catalogue, policy),
        new FindDowntimesService(backend.downtimes()),
        new UpdateDowntimeService(backend.downtimes(), catalogue, policy),
        new DeleteDowntimeService(backend.downtimes(), policy),
        new AuthenticationService(backend.users(), hasher, portal),
        users, catalogue, policy, backend.downtimes()::reachable);
    addUser("staff", true, false);
    addUser("root", false, true);
    addUser("alice", false, false);
    addUser("bob", false, false);
    this.server = new DowntimeHttpServer(settings, services).start();
    this.client = new ApiClient("http://127.0.0.1:" + server.port());
  }

  static ApiStack start(Backend backend) {
    return start(backend, WriteAccess.STAFF, TestCatalogues.fixed());
  }

  static ApiStack start(Backend backend, WriteAccess access, InstrumentCatalogue catalogue) {
    return new ApiStack(backend, access, catalogue, HttpSettings.forTests(SECRET).withServerKey(SERVER_KEY), Optional.empty());
  }

  static ApiStack start(Backend backend, HttpSettings settings) {
    return new ApiStack(backend, WriteAccess.STAFF, TestCatalogues.fixed(), settings, Optional.empty());
  }

  /** With an outside identity source (the Observation Portal) behind the local accounts. */
  static ApiStack start(Backend backend, IdentityProvider portal) {
    return new ApiStack(backend, WriteAccess.STAFF, TestCatalogues.fixed(),
        HttpSettings.forTests(SECRET).withServerKey(SERVER_KEY), Optional.of(portal));
  }

  private void addUser(String name, boolean staff, boolean superuser) {
    UserAccount account = users.createLocalUser(name, (name + "-pass").toCharArray(), staff);
    backend.users().save(new UserAccount(name, account.passwordHash(), staff, superuser, "", "", "", name + "-token",
        UserAccount.Source.LOCAL));
  }

  @Override
  public void close() {
    server.close();
    backend.close();
  }
}
