package org.observatory.downtime.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code migrate}: brings the database schema up to date and says what was done. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Creates or updates the database schema (serve and every other command also do so first).")
final class MigrateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  private final SchemaMigrator migrator;

  MigrateCommand(SchemaMigrator migrator) {
    this.migrator = migrator;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(migrator.migrate());
    return ExitCodes.OK;
  }
}
