package org.observatory.downtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.UnavailableException;

class CommandLineTest {

  private final CliHarness cli = new CliHarness();

  @Test
  void noCommand_printsTheCommandListAndFails() {
    int code = cli.run();

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).contains("serve", "migrate", "create", "list", "delete", "create-user", "import", "export");
  }

  @Test
  void unknownCommand_isAUsageError() {
    int code = cli.run("frobnicate");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(cli.err).startsWith("Unmatched argument at index 0: 'frobnicate'");
  }

  @Test
  void help_printsUsageToStdoutAndSucceeds() {
    int code = cli.run("create", "--help");

    assertThat(code).isZero();
    assertThat(cli.out).contains("--offset-hours", "--duration-hours", "--instrument_type", "Default: cit");
  }

  @Test
  void serve_runsTheServerUntilItStops() {
    boolean[] ran = {false};
    cli.server = () -> ran[0] = true;

    int code = cli.run("serve");

    assertThat(code).isZero();
    assertThat(ran[0]).isTrue();
  }

  @Test
  void serve_portTaken_exitsUnavailableWithTheReason() {
    cli.server = () -> {
      throw new UnavailableException("Cannot listen on 127.0.0.1:8000: address already in use");
    };

    int code = cli.run("serve");

    assertThat(code).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(cli.err).isEqualTo("Unavailable: Cannot listen on 127.0.0.1:8000: address already in use\n");
  }

  @Test
  void migrate_printsWhatWasDone() {
    cli.migrator = () -> "Applied 2 migrations; schema now at version 2";

    int code = cli.run("migrate");

    assertThat(code).isZero();
    assertThat(cli.out).isEqualTo("Applied 2 migrations; schema now at version 2\n");
  }

  @Test
  void unexpectedFailure_isOneLineAndExitsOne() {
    cli.migrator = () -> {
      throw new IllegalStateException("boom");
    };

    int code = cli.run("migrate");

    assertThat(code).isEqualTo(ExitCodes.SOFTWARE);
    assertThat(cli.err).isEqualTo("Unexpected error: java.lang.IllegalStateException: boom\n");
  }
}
