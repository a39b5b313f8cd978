package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.ValidationException;

class BackupCommandTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void backup_printsWhatWasWritten_afterMigrating() {
    cli.backup = file -> "Wrote a consistent copy to " + file;

    int code = cli.run("backup", "copy.sqlite3");

    assertThat(code).isZero();
    assertThat(cli.out).isEqualTo("Wrote a consistent copy to " + Path.of("copy.sqlite3") + "\n");
    assertThat(cli.events).containsExactly("migrate");
  }

  @Test
  void backup_existingFile_isRefusedNamingTheArgument() {
    cli.backup = file -> {
      throw ValidationException.of("FILE", file + " exists already");
    };

    assertThat(cli.run("backup", "copy.sqlite3")).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("FILE: copy.sqlite3 exists already\n");
  }

  @Test
  void backup_onPostgresql_explainsPgDumpAndExitsNonZero() {
    cli.backup = file -> {
      throw new UnsupportedOperationException("backup writes SQLite files only; use pg_dump");
    };

    assertThat(cli.run("backup", "copy.sqlite3")).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).isEqualTo("backup writes SQLite files only; use pg_dump\n");
  }
}
