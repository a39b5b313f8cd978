package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad configuration stops every command before anything is opened: one line naming the variable, exit 2. */
class MainConfigurationTest {

  @TempDir
  Path dir;

  @Test
  void missingConfigdbFile_isAConfigurationErrorNamingTheVariable() {
    Path database = dir.resolve("db.sqlite3");
    MainRunner main = new MainRunner(Map.of("DB_NAME", database.toString(),
        "CONFIGDB_URL", dir.resolve("no-such-sites.json").toString()));

    MainRunner.Result result = main.run("list");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("Configuration error: CONFIGDB_URL").hasLineCount(1);
    assertThat(database).doesNotExist();
  }

  @Test
  void portalHalfConfigured_isRefusedForEveryCommand() {
    MainRunner main = new MainRunner(Map.of("DB_NAME", dir.resolve("db.sqlite3").toString(),
        "OAUTH_TOKEN_URL", "https://portal.example/o/token/"));

    MainRunner.Result result = main.run("create-user", "admin", "--password-stdin");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("Configuration error: OAUTH_PROFILE_URL: must be set when OAUTH_TOKEN_URL is "
        + "(the portal profile URL, e.g. https://portal.example/api/profile/).\n");
  }

  @Test
  void secretsInTheEnvironment_neverReachTheOutput() {
    MainRunner main = new MainRunner(Map.of("DB_ENGINE", "postgresql", "DB_NAME", "test", "DB_HOST", "127.0.0.1",
        "DB_PORT", "1", "DB_PASS", "database-password-value", "SECRET_KEY", "secret-key-value"));

    MainRunner.Result result = main.run("list");

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).startsWith("Unavailable: ").contains("127.0.0.1:1")
        .doesNotContain("database-password-value", "secret-key-value");
  }
}
