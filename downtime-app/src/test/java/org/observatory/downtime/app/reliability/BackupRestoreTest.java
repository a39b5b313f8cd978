package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.app.AppConfig;
import org.observatory.downtime.app.Application;
import org.observatory.downtime.app.support.PostgresSchema;
import org.observatory.downtime.cli.CliEnvironment;
import org.observatory.downtime.cli.DowntimeCli;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * The restore drill of the README: {@code downtime backup FILE} while four clients write, then the backup copied into
 * place of a fresh service's database: every write acknowledged before the backup started is there, and the copy
 * passes {@code PRAGMA integrity_check}.
 */
class BackupRestoreTest {

  private static final int WRITERS = 4;
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  @TempDir
  Path directory;

  private record Run(int exitCode, String out, String err) {
  }

  @Test
  void backup_whileWritesHappen_restoredIntoAFreshService_hasEveryEarlierWrite_andIntegrityCheckIsOk()
      throws Exception {
    Path live = Files.createDirectories(directory.resolve("live"));
    Path backup = directory.resolve("downtime-backup.sqlite3");
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    Map<Long, String> beforeBackup;
    Run written;
    try (ReliabilityStack service = ReliabilityStack.start(ReliabilityStack.sqlite(live), Clock.systemUTC())) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService clients = Executors.newFixedThreadPool(WRITERS);
      try {
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          writers.add(clients.submit(() -> write(service.http, writer, writing, acknowledged)));
        }
        awaitAcknowledged(acknowledged, 100);
        beforeBackup = Map.copyOf(acknowledged);
        written = cli(ReliabilityStack.sqlite(live), "backup", backup.toString());
        awaitAcknowledged(acknowledged, beforeBackup.size() + 50);
        writing.set(false);
        for (Future<?> writer : writers) {
          writer.get(60, TimeUnit.SECONDS);
        }
      } finally {
        clients.shutdownNow();
      }
    }

    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(written.out()).startsWith("Wrote a consistent copy of the SQLite database ").contains(backup.toString());
    Run again = cli(ReliabilityStack.sqlite(live), "backup", backup.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).startsWith("FILE: ").contains("exists already");
    assertThat(integrityCheck(backup)).isEqualTo("ok");

    // The drill: (service stopped) copy the backup into place, start, check.
    Path fresh = Files.createDirectories(directory.resolve("restored"));
    Files.copy(backup, fresh.resolve("db.sqlite3"));
    try (ReliabilityStack restored = ReliabilityStack.start(ReliabilityStack.sqlite(fresh), Clock.systemUTC())) {
      Map<Long, String> stored = new HashMap<>();
      restored.application.services().find().forEach(DowntimeQuery.builder().limit(DowntimeQuery.UNLIMITED).build(),
          (Downtime downtime) -> stored.put(downtime.id(), downtime.reason()));
      assertThat(stored).containsAllEntriesOf(beforeBackup);
      assertThat(acknowledged.keySet()).containsAll(stored.keySet());
      assertThat(restored.http.postJson("/api/", ReliabilityStack.validBody(1), ReliabilityStack.TOKEN).statusCode())
          .as("the restored service takes writes").isEqualTo(201);
    }
    assertThat(integrityCheck(fresh.resolve("db.sqlite3"))).isEqualTo("ok");
  }

  @Test
  void backup_onPostgresql_explainsPgDumpAndExport_andExitsNonZero() {
    try (PostgresSchema schema = PostgresSchema.create()) {
      Run refused = cli(ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory), "backup",
          directory.resolve("copy.sqlite3").toString());

      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).contains("pg_dump", "--schema=" + schema.name(), "pg_restore",
          "downtime export --output FILE");
      assertThat(directory.resolve("copy.sqlite3")).doesNotExist();
    }
  }

  private static void awaitAcknowledged(Map<Long, String> acknowledged, int count) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (acknowledged.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + acknowledged.size() + " writes acknowledged in 120 s");
      }
      Thread.onSpinWait();
    }
  }

  private static Void write(Http http, int writer, AtomicBoolean writing, Map<Long, String> acknowledged) {
    for (int i = 0; writing.get(); i++) {
      int n = writer * 100_000 + i;
      HttpResponse<String> created = http.postJson("/api/", ReliabilityStack.validBody(n), ReliabilityStack.TOKEN);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      Matcher id = ID.matcher(created.body());
      assertThat(id.find()).isTrue();
      acknowledged.put(Long.parseLong(id.group(1)), "write " + n);
    }
    return null;
  }

  /** Runs one command line as {@code java -jar downtime.jar} would, on an application of its own. */
  private static Run cli(Map<String, String> variables, String... args) {
    Map<String, String> environment = new HashMap<>(variables);
    environment.put("SECRET_KEY", ReliabilityStack.SECRET_KEY);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (Application application = Application.open(AppConfig.fromEnvironment(environment), Clock.systemUTC())) {
      CliEnvironment shell = new CliEnvironment(new ByteArrayInputStream(new byte[0]), prompt -> Optional.empty(),
          false, "operator", Clock.systemUTC());
      int code = new DowntimeCli(application.cliServices(() -> { }), shell).execute(new PrintWriter(out),
          new PrintWriter(err), args);
      return new Run(code, out.toString(), err.toString());
    }
  }

  private static String integrityCheck(Path file) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
         Statement statement = connection.createStatement();
         ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      assertThat(result.next()).isTrue();
      return result.getString(1);
    }
  }
}
