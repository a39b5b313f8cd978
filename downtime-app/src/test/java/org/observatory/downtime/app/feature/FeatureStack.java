package org.observatory.downtime.app.feature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.DowntimeRepository;
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
 * The real stack with the added features, on the real persistence adapter (a migrated temporary SQLite file or
 * PostgreSQL schema, see {@link FeatureDatabase}), wired as the composition root wires it, on a free port.
 *
 * <p>Users (as in the API tests): {@code staff} (staff), {@code alice} and {@code bob} (neither), each with the API
 * token {@code <name>-token}. Writes are open to authenticated users, who may change only what they created.
 */
final class FeatureStack implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final FeatureDatabase database;
  final DowntimeHttpServer server;
  final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  FeatureStack() {
    this(FeatureDatabase.sqlite());
  }

  FeatureStack(FeatureDatabase database) {
    this.database = database;
    DowntimeRepository downtimes = database.persistence().downtimes();
    InstrumentCatalogue catalogue = TestCatalogues.fixed();
    PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 10);
    UserService users = new UserService(database.persistence().users(), hasher);
    WritePolicy policy = new WritePolicy(WriteAccess.AUTHENTICATED);
    HttpServices services = new HttpServices(
        new CreateDowntimeService(downtimes, catalogue, policy),
        new FindDowntimesService(downtimes),
        new UpdateDowntimeService(downtimes, catalogue, policy),
        new DeleteDowntimeService(downtimes, policy),
        new AuthenticationService(database.persistence().users(), hasher, Optional.empty()),
        users, catalogue, policy, downtimes::reachable);
    FeatureServices features = new FeatureServices(
        new HistoryService(database.persistence().auditTrail()),
        new RecurringDowntimeService(downtimes, catalogue, policy, new Ical4jRecurrenceExpander()),
        new AvailabilityService(downtimes, catalogue));
    for (String name : new String[] {"staff", "alice", "bob"}) {
      database.persistence().users().save(new UserAccount(name, "", name.equals("staff"), false, "", "", "",
          name + "-token", UserAccount.Source.LOCAL));
    }
    this.server = new DowntimeHttpServer(HttpSettings.forTests("feature-test-secret"), services, features).start();
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** A request to a path of this server, as {@code user} (by token) or anonymous when {@code null}. */
  HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    return user == null ? builder : builder.header("Authorization", "Token " + user + "-token");
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path) {
    return send(request(path, null).GET());
  }

  HttpResponse<String> postJson(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> delete(String path, String user) {
    return send(request(path, user).DELETE());
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  @Override
  public void close() {
    server.close();
    database.close();
  }
}
