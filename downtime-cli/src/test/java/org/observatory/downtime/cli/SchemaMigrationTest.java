package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.observatory.downtime.core.model.UnavailableException;

/** The schema is brought up to date once before every command that uses the database, and only then. */
class SchemaMigrationTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void list_migratesOnceBeforeReading() {
    int code = cli.run("list");

    assertThat(code).isZero();
    assertThat(cli.events).containsExactly("migrate", "read");
  }

  @ParameterizedTest
  @ValueSource(strings = {"create -s ogg -e clma -t 2m0a", "delete 1", "create-user alice --password-stdin",
      "import -", "export"})
  void everyOtherDatabaseCommand_migratesOnceFirst(String commandLine) {
    cli.stdin = commandLine.startsWith("create-user") ? "s3cret\n" : "";

    cli.run(commandLine.split(" "));

    assertThat(cli.events).first().isEqualTo("migrate");
    assertThat(cli.events).filteredOn("migrate"::equals).hasSize(1);
  }

  @Test
  void list_databaseUnreachable_exitsUnavailableAndReadsNothing() {
    cli.migrator = () -> {
      throw new UnavailableException("The PostgreSQL database test at 127.0.0.1:5432 is unavailable: cannot connect");
    };

    int code = cli.run("list", "--json");

    assertThat(code).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(cli.err).isEqualTo(
        "Unavailable: The PostgreSQL database test at 127.0.0.1:5432 is unavailable: cannot connect\n");
    assertThat(cli.out).isEmpty();
    assertThat(cli.events).containsExactly("migrate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version", "list --help", "create --help", "export --help"})
  void helpAndVersion_neverMigrate(String commandLine) {
    int code = cli.run(commandLine.split(" "));

    assertThat(code).isZero();
    assertThat(cli.out).isNotEmpty();
    assertThat(cli.events).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"list --bogus", "list --json --csv", "delete", "delete abc", "frobnicate",
      "create --duration-hours two"})
  void usageError_neverMigrates(String commandLine) {
    int code = cli.run(commandLine.split(" "));

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.events).isEmpty();
  }

  @Test
  void noCommand_neverMigrates() {
    cli.run();

    assertThat(cli.events).isEmpty();
  }

  @Test
  void serve_leavesMigratingToTheServer() {
    cli.run("serve");

    assertThat(cli.events).isEmpty();
  }

  @Test
  void migrate_migratesOnceAndSaysWhatItDid() {
    cli.migrator = () -> "Applied 1 migration";

    cli.run("migrate");

    assertThat(cli.events).containsExactly("migrate");
    assertThat(cli.out).isEqualTo("Applied 1 migration\n");
  }
}
