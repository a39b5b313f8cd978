package org.observatory.downtime.app.reliability;

import org.observatory.downtime.app.support.PostgresSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.observatory.downtime.app.AppConfig;
import org.observatory.downtime.app.Application;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.http.DowntimeHttpServer;
import org.observatory.downtime.http.HttpSettings;

/**
 * The service as the jar runs it, built by the real composition root from a map of environment variables
 * ({@link AppConfig#fromEnvironment}, {@link Application#open}, {@link Application#migrate}) and served on a free
 * port; with a staff user {@code writer} whose API token is {@link #TOKEN}.
 */
final class ReliabilityStack implements AutoCloseable {

  static final String SECRET_KEY = "reliability-secret-key-7f3a9c";
  static final String TOKEN = "writer-api-token-5b1e8d";
  static final String SERVER_KEY = "portal-push-key-c4d2a0";

  final Application application;
  final DowntimeHttpServer server;
  final Http http;

  private ReliabilityStack(Map<String, String> environment, Clock clock) {
    AppConfig config = AppConfig.fromEnvironment(environment);
    this.application = Application.open(config, clock);
    try {
      application.migrate();
    } catch (RuntimeException e) {
      application.close();
      throw e;
    }
    application.services().users().upsertPortalUser(new UserAccount("writer", "", true, false, "", "", "", TOKEN,
        UserAccount.Source.PORTAL));
    HttpSettings settings = new HttpSettings(config.host(), config.port(), config.secretKey(), config.debug(),
        config.logoUrl(), config.serverKey(), config.maxRequestBytes(), config.answerCacheBytes(),
        config.sessionMaxAge(), config.sessionIdle(), config.trustedProxies());
    DowntimeHttpServer started;
    try {
      started = new DowntimeHttpServer(settings, application.httpServices(), Clock.systemUTC(),
          application.metrics().registry(), config.streams().http()).start();
    } catch (RuntimeException e) {
      application.close();
      throw e;
    }
    this.server = started;
    this.http = new Http("http://127.0.0.1:" + server.port());
  }

  /**
   * Waits (at most 30 s) until /readyz answers 200: the catalogue is loaded in the background after start-up, and
   * writes before that are refused with 503, as a client that waits for readiness never sees.
   */
  ReliabilityStack awaitReady() {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (http.get("/readyz").statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not ready after 30 s: " + http.get("/readyz").body());
      }
      Thread.onSpinWait();
    }
    return this;
  }

  /** Starts the service with these variables added to the defaults, and waits until it is ready. */
  static ReliabilityStack start(Map<String, String> variables, Clock clock) {
    return startUnready(variables, clock).awaitReady();
  }

  /** An instance on a schema of the PostgreSQL test database, reached directly, on the system clock; ready. */
  static ReliabilityStack onPostgres(PostgresSchema schema, Path directory) {
    return start(postgresql(schema, PostgresSchema.PORT, directory), Clock.systemUTC());
  }

  /** Starts the service with these variables added to the defaults (SECRET_KEY, HOST, PORT=0), without waiting. */
  static ReliabilityStack startUnready(Map<String, String> variables, Clock clock) {
    Map<String, String> environment = new HashMap<>();
    environment.put("SECRET_KEY", SECRET_KEY);
    environment.put("OAUTH_SERVER_KEY", SERVER_KEY);
    environment.put("HOST", "127.0.0.1");
    environment.put("PORT", "0");
    environment.putAll(variables);
    return new ReliabilityStack(environment, clock);
  }

  /** The variables for an SQLite database file in this directory. */
  static Map<String, String> sqlite(Path directory) {
    return Map.of("DB_ENGINE", "django.db.backends.sqlite3", "DB_NAME", directory.resolve("db.sqlite3").toString(),
        "CONFIGDB_URL", catalogueFile(directory).toString());
  }

  /** The variables for a schema of the PostgreSQL test database, reached at host:port (e.g. through a proxy). */
  static Map<String, String> postgresql(PostgresSchema schema, int port, Path directory) {
    return Map.of("DB_ENGINE", "django.db.backends.postgresql", "DB_NAME", PostgresSchema.DATABASE,
        "DB_HOST", PostgresSchema.HOST, "DB_PORT", Integer.toString(port), "DB_USER", schema.user(),
        "DB_SCHEMA", schema.name(), "CONFIGDB_URL", catalogueFile(directory).toString());
  }

  /** Writes the test network (ogg.clma.2m0a, coj.doma.1m0a) as a ConfigDB answer into the directory. */
  static Path catalogueFile(Path directory) {
    Path file = directory.resolve("configdb-sites.json");
    try {
      Files.writeString(file, CATALOGUE_JSON, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static final String CATALOGUE_JSON = """
      {"results":[
        {"code":"ogg","enclosure_set":[{"code":"clma","telescope_set":[{"code":"2m0a",
          "instrument_set":[{"instrument_type":{"code":"2M0-SCICAM-MUSCAT"}}]}]}]},
        {"code":"coj","enclosure_set":[{"code":"doma","telescope_set":[{"code":"1m0a",
          "instrument_set":[{"instrument_type":{"code":"1M0-SCICAM-SINISTRO"}}]}]}]}
      ]}
      """;

  /** A valid creation body for the test network. */
  static String validBody(int n) {
    boolean ogg = n % 2 == 0;
    int day = 1 + n % 28;
    return "{\"start\":\"2027-02-" + two(day) + "T10:00:00Z\",\"end\":\"2027-02-" + two(day) + "T12:30:00Z\","
        + "\"site\":\"" + (ogg ? "ogg" : "coj") + "\",\"enclosure\":\"" + (ogg ? "clma" : "doma") + "\","
        + "\"telescope\":\"" + (ogg ? "2m0a" : "1m0a") + "\",\"instrument_type\":\"" + (n % 5 == 0 ? (ogg
        ? "2M0-SCICAM-MUSCAT" : "1M0-SCICAM-SINISTRO") : "") + "\",\"reason\":\"write " + n + "\"}";
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      application.close();
    }
  }
}
