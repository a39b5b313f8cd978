package org.observatory.downtime.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backup FILE}: a consistent copy of the SQLite database, taken while the service keeps serving. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Writes a consistent copy of the SQLite database to a new FILE while the service runs "
        + "(restore: stop the service, copy FILE over DB_NAME, start it). On PostgreSQL it explains pg_dump instead.")
final class BackupCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The new file to write; an existing file is refused.")
  Path file;

  private final DatabaseBackup backup;

  BackupCommand(DatabaseBackup backup) {
    this.backup = backup;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(backup.backup(file));
    return ExitCodes.OK;
  }
}
