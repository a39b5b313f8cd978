package org.observatory.downtime.app;

import org.observatory.downtime.app.support.PostgresSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code target/downtime.jar} run as a newcomer runs it (issue 2, "Done when"): a separate JVM, so the
 * jar's manifest, service files (Flyway, JDBC drivers) and resources are what is tested.
 */
class RunnableJarIT {

  private static final Path JAR = Path.of("target", "downtime.jar");
  private static final String WHOLE_SECOND_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

  @TempDir
  Path dir;

  private record Run(int exitCode, String out, String err) {
  }

  @Test
  void createThenListJson_onSqlite_showsTheDowntimeWithWholeSecondDates() throws Exception {
    Map<String, String> environment = Map.of("DB_NAME", dir.resolve("db.sqlite3").toString());

    Run created = java(environment, "create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--duration-hours", "2",
        "-r", "Mirror recoat");
    Run listed = java(environment, "list", "--json");

    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("\"reason\":\"Mirror recoat\"")
        .containsPattern("\"start\":\"" + WHOLE_SECOND_UTC + "\",\"end\":\"" + WHOLE_SECOND_UTC + "\"");
  }

  @Test
  void createThenListJson_onPostgresql_showsTheDowntime() throws Exception {
    try (PostgresSchema schema = PostgresSchema.create()) {
      Map<String, String> environment = Map.of("DB_ENGINE", "django.db.backends.postgresql", "DB_NAME",
          PostgresSchema.DATABASE, "DB_HOST", PostgresSchema.HOST, "DB_USER", schema.user(), "DB_SCHEMA", schema.name());

      Run created = java(environment, "create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--duration-hours", "2",
          "-r", "Mirror recoat");
      Run listed = java(environment, "list", "--json");

      assertThat(created.exitCode()).as(created.err()).isZero();
      assertThat(listed.out()).as(listed.err()).contains("\"reason\":\"Mirror recoat\"")
          .containsPattern("\"start\":\"" + WHOLE_SECOND_UTC + "\"");
    }
  }

  @Test
  void refusals_printOneLineExitNonZeroAndWriteNothing() throws Exception {
    Path database = dir.resolve("db.sqlite3");
    Map<String, String> environment = Map.of("DB_NAME", database.toString());

    Run unknownSite = java(environment, "create", "-s", "nop", "-e", "clma", "-t", "2m0a");
    Run endBeforeStart = java(environment, "create", "-s", "ogg", "-e", "clma", "-t", "2m0a",
        "--start", "2026-12-01T10:00:00", "--end", "2026-12-01T09:00:00");
    Run badDate = java(environment, "create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", "whenever");
    Run oracle = java(Map.of("DB_ENGINE", "oracle", "DB_NAME", dir.resolve("other.sqlite3").toString()), "serve");

    for (Run refused : List.of(unknownSite, endBeforeStart, badDate, oracle)) {
      assertThat(refused.exitCode()).isNotZero();
      assertThat(refused.err().strip()).doesNotContain("\n").isNotEmpty();
    }
    assertThat(oracle.err()).startsWith("Configuration error: DB_ENGINE:");
    assertThat(java(environment, "list", "--json").out()).isEqualTo("[]\n");
    assertThat(dir.resolve("other.sqlite3")).doesNotExist();
  }

  @Test
  void migrate_logFormatJsonAndLogLevelInfo_logsOneJsonObjectPerLine_quietOtherwise() throws Exception {
    Run quiet = java(Map.of("DB_NAME", dir.resolve("quiet.sqlite3").toString()), "migrate");
    Run json = java(Map.of("DB_NAME", dir.resolve("json.sqlite3").toString(), "LOG_FORMAT", "json",
        "LOG_LEVEL", "info"), "migrate");

    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.err().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line)
        .startsWith("{\"@timestamp\":\"").contains("\"level\":\"", "\"logger_name\":\"", "\"message\":\"").endsWith("}"));
  }

  private Run java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("OAUTH_")
        || name.equals("CONFIGDB_URL") || name.equals("JAVA_TOOL_OPTIONS"));
    builder.environment().putAll(environment);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("java -jar downtime.jar " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
