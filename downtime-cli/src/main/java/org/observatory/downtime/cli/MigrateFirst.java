package org.observatory.downtime.cli;

import java.util.Objects;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs the command a command line names, after bringing the schema up to date once when that command works on the
 * database. Nothing is migrated for {@code --help}, {@code --version} or a bare {@code downtime} (and a usage error
 * never gets here), nor for the commands that migrate themselves ({@code serve} while it builds its server,
 * {@code migrate}, which reports what it did).
 */
final class MigrateFirst implements IExecutionStrategy {

  private final SchemaMigrator migrator;
  private final Set<String> migratingThemselves;
  private final IExecutionStrategy run = new CommandLine.RunLast();

  /**
   * @param migrator            what brings the schema up to date
   * @param migratingThemselves the names of the subcommands that migrate on their own
   */
  MigrateFirst(SchemaMigrator migrator, Set<String> migratingThemselves) {
    this.migrator = Objects.requireNonNull(migrator, "migrator");
    this.migratingThemselves = Set.copyOf(migratingThemselves);
  }

  @Override
  public int execute(ParseResult parseResult) {
    ParseResult command = parseResult;
    boolean help = false;
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      help |= level.isUsageHelpRequested() || level.isVersionHelpRequested();
      command = level;
    }
    if (!help && command != parseResult && !migratingThemselves.contains(command.commandSpec().name())) {
      try {
        migrator.migrate();
      } catch (RuntimeException e) {
        // Reported like any failure of the command itself (e.g. "Unavailable: ...", exit code 4).
        throw new ExecutionException(command.commandSpec().commandLine(), "migrating before "
            + command.commandSpec().name() + " failed", e);
      }
    }
    return run.execute(parseResult);
  }
}
