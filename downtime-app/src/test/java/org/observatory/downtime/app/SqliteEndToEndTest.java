package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEndToEndTest extends EndToEndContract {

  @TempDir
  Path dir;

  @Override
  Map<String, String> environment() {
    return Map.of("DB_NAME", dir.resolve("db.sqlite3").toString());
  }

  @Test
  void serve_withUnsupportedEngine_printsOneLineAndCreatesNoDatabase() {
    Path file = dir.resolve("never.sqlite3");
    MainRunner main = new MainRunner(Map.of("DB_ENGINE", "oracle", "DB_NAME", file.toString()));

    MainRunner.Result result = main.run("serve");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("Configuration error: DB_ENGINE: \"oracle\" is not a supported database")
        .hasLineCount(1);
    assertThat(file).doesNotExist();
  }

  @Test
  void help_opensNoDatabase() {
    Path file = dir.resolve("untouched.sqlite3");

    MainRunner.Result result = new MainRunner(Map.of("DB_NAME", file.toString())).run("list", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("--starts-after", "--json", "--csv");
    assertThat(file).doesNotExist();
  }

  @Test
  void migrate_onAFreshFile_saysWhatWasApplied() {
    MainRunner.Result result = new MainRunner(environment()).run("migrate");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("Applied ").contains("SQLite database " + dir.resolve("db.sqlite3"));
    assertThat(Files.exists(dir.resolve("db.sqlite3"))).isTrue();
  }

  @Test
  void createUser_thenServe_acceptsAWriteWithBasicAuth() throws Exception {
    MainRunner main = new MainRunner(Map.of("DB_NAME", dir.resolve("db.sqlite3").toString(), "PORT", "0",
        "SECRET_KEY", "end-to-end-test-secret"));
    assertThat(main.runWithInput("pa55word\n", "create-user", "admin", "--staff", "--password-stdin").out())
        .isEqualTo("Saved local user admin (staff)\n");

    MainRunner.Serving serving = main.serve();
    java.net.http.HttpResponse<String> created;
    try {
      String credentials = java.util.Base64.getEncoder().encodeToString("admin:pa55word".getBytes());
      created = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
          .newBuilder(java.net.URI.create(serving.baseUrl() + "api/"))
          .header("Authorization", "Basic " + credentials)
          .header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"start\":\"2026-12-01T10:00:00Z\","
              + "\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\"}"))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    } finally {
      serving.stop();
    }

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(main.run("list", "--csv").out()).contains(",ogg,clma,2m0a,,,").contains(",admin,");
  }
}
