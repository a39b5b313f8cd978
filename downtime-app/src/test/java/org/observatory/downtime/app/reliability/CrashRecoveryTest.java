package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.app.AppConfig;
import org.observatory.downtime.app.Application;
import org.observatory.downtime.app.support.PostgresSchema;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * {@code serve} killed with {@code kill -9} while eight clients write: after a restart every write that was answered
 * 201 is there, and the SQLite file passes {@code PRAGMA integrity_check}.
 */
class CrashRecoveryTest {

  private static final int WRITERS = 8;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 200;
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  @TempDir
  Path directory;

  @Test
  void killDashNine_duringEightWriters_onSqlite_keepsEveryAcknowledgedWrite_andIntegrityCheckIsOk() throws Exception {
    Map<String, String> variables = ReliabilityStack.sqlite(directory);

    crashAndRestart(variables);

    String url = "jdbc:sqlite:" + variables.get("DB_NAME");
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
         ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("ok");
    }
  }

  @Test
  void killDashNine_duringEightWriters_onPostgresql_keepsEveryAcknowledgedWrite() throws Exception {
    try (PostgresSchema schema = PostgresSchema.create()) {
      crashAndRestart(ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory));
    }
  }

  private void crashAndRestart(Map<String, String> variables) throws Exception {
    String token = personalToken(variables);
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    ServiceProcess service = ServiceProcess.serve(variables, directory);
    ExecutorService clients = Executors.newFixedThreadPool(WRITERS);
    String log;
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(clients.submit(() -> write(service.http, token, writer, acknowledged)));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      service.kill();
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      log = service.log();
    } finally {
      clients.shutdownNow();
      service.close();
    }

    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    assertThat(log).as("the token is never logged").doesNotContain(token);
    try (ReliabilityStack restarted = ReliabilityStack.start(variables, Clock.systemUTC())) {
      Map<Long, String> stored = new HashMap<>();
      restarted.application.services().find().forEach(DowntimeQuery.builder().limit(DowntimeQuery.UNLIMITED).build(),
          (Downtime downtime) -> stored.put(downtime.id(), downtime.reason()));
      assertThat(stored).containsAllEntriesOf(acknowledged);
      assertThat(restarted.http.postJson("/api/", ReliabilityStack.validBody(1), token).statusCode())
          .as("the service writes again after the restart").isEqualTo(201);
    }
  }

  /** Writes until the service stops answering; records every write answered 201. */
  private static Void write(Http http, String token, int writer, Map<Long, String> acknowledged) {
    for (int i = 0; ; i++) {
      int n = writer * 100_000 + i;
      HttpResponse<String> created;
      try {
        created = http.postJson("/api/", ReliabilityStack.validBody(n), token);
      } catch (UncheckedIOException killed) {
        return null;
      }
      if (created.statusCode() == 201) {
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        acknowledged.put(Long.parseLong(id.group(1)), "write " + n);
      }
    }
  }

  /** Migrates the database and gives a local staff account a personal token, as an operator would from the shell. */
  private static String personalToken(Map<String, String> variables) {
    Map<String, String> environment = new HashMap<>(variables);
    environment.put("SECRET_KEY", ReliabilityStack.SECRET_KEY);
    try (Application application = Application.open(AppConfig.fromEnvironment(environment), Clock.systemUTC())) {
      application.migrate();
      application.services().users().createLocalUser("crash-writer", "crash writer password".toCharArray(), true);
      return application.services().tokens().create("crash-writer", "load", User.operator("operator:test")).secret();
    }
  }
}
