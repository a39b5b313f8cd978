package org.observatory.downtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.observatory.downtime.core.fixtures.InMemoryDowntimeRepository;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.service.DowntimeServices;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.http.api.ChangeStreamSettings;
import org.observatory.downtime.recurrence.Ical4jRecurrenceExpander;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/**
 * The HTTP adapter on a real port over the core's services and the in-memory store, with a small client.
 *
 * <p>Users: {@code staff} (staff), {@code root} (superuser), {@code alice} and {@code bob} (neither), each with the
 * password {@code <name>-pass} and the API token {@code <name>-token}.
 */
final class TestServer implements AutoCloseable {

  static final String SECRET = "http-test-secret-key";
  static final String SERVER_KEY = "portal-server-key";
  static final ObjectMapper JSON = new ObjectMapper();

  final InMemoryDowntimeRepository downtimes = new InMemoryDowntimeRepository();
  final InMemoryUserStore users = new InMemoryUserStore();
  private final DowntimeHttpServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private TestServer(WriteAccess access, InstrumentCatalogue catalogue, HttpSettings settings,
                     ChangeStreamSettings streams) {
    DowntimeServices core = DowntimeServices.create(new DowntimeServices.Ports(downtimes, downtimes, users, catalogue,
        new Ical4jRecurrenceExpander(), Optional.empty(), downtimes, new SuncalcDarknessCalculator()), access);
    PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 10);
    for (String name : List.of("staff", "root", "alice", "bob")) {
      users.save(new UserAccount(name, hasher.hash((name + "-pass").toCharArray()), name.equals("staff"),
          name.equals("root"), "", "", "", name + "-token", UserAccount.Source.LOCAL));
    }
    HttpServices services = new HttpServices(core.create(), core.find(), core.update(), core.delete(),
        core.recurring(), core.history(), core.availability(), core.authenticate(), core.users(), catalogue,
        downtimes::reachable, core.changes(), core.nights(), new NoWebhooks());
    Clock clock = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);
    this.server = new DowntimeHttpServer(settings, services, clock,
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), streams).start();
  }

  /** Staff-only writes, the small test catalogue. */
  static TestServer start() {
    return start(WriteAccess.STAFF, TestCatalogues.fixed());
  }

  static TestServer start(WriteAccess access, InstrumentCatalogue catalogue) {
    return new TestServer(access, catalogue, HttpSettings.forTests(SECRET).withServerKey(SERVER_KEY),
        ChangeStreamSettings.DEFAULTS);
  }

  /** Staff-only writes, the small test catalogue, these settings. */
  static TestServer start(HttpSettings settings) {
    return new TestServer(WriteAccess.STAFF, TestCatalogues.fixed(), settings, ChangeStreamSettings.DEFAULTS);
  }

  /** Staff-only writes, the small test catalogue, live change streams served with these settings. */
  static TestServer start(ChangeStreamSettings streams) {
    return new TestServer(WriteAccess.STAFF, TestCatalogues.fixed(),
        HttpSettings.forTests(SECRET).withServerKey(SERVER_KEY), streams);
  }

  /** Stores a downtime directly, created by {@code staff}. */
  Downtime seed(DowntimeDraft draft) {
    return downtimes.create(draft.withCreatedBy("staff"), "staff");
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A request: method, path, then header name/value pairs; {@code body} may be null. */
  HttpResponse<String> send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  /** A JSON write as the user of that name ({@code null}: anonymous). */
  HttpResponse<String> write(String method, String path, String user, String json) {
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    if (user != null) {
      headers.addAll(List.of("Authorization", "Token " + user + "-token"));
    }
    return send(method, path, json, headers.toArray(String[]::new));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
