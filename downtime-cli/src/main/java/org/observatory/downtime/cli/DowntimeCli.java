package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import picocli.CommandLine;

/**
 * The {@code downtime} command line: {@code serve}, {@code migrate}, {@code create}, {@code list}, {@code delete},
 * {@code create-user}, {@code users}, {@code token}, {@code backup}, {@code import}, {@code export}, {@code report} and
 * {@code webhook}, built on the core's use cases. Every command but
 * {@code serve} and {@code migrate} first brings the schema up to date ({@link CliServices#migrator()}, once); help,
 * version and usage errors touch nothing.
 *
 * <pre>{@code
 * int code = new DowntimeCli(services, CliEnvironment.system()).execute(out, err, args);
 * }</pre>
 */
public final class DowntimeCli {

  private final CliServices services;
  private final CliEnvironment environment;

  public DowntimeCli(CliServices services, CliEnvironment environment) {
    this.services = Objects.requireNonNull(services, "services");
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * Runs one command line.
   *
   * @param out  where results go (standard output)
   * @param err  where errors, warnings and progress go (standard error)
   * @param args the arguments, e.g. {@code ["list", "--json"]}
   * @return the exit code, one of {@link ExitCodes}
   */
  public int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private CommandLine commandLine() {
    ExportJson json = new ExportJson();
    ExceptionMapper errors = new ExceptionMapper();
    CommandLine top = new CommandLine(new DowntimeCommand());
    CommandLine serve = new CommandLine(new ServeCommand(services.server()));
    CommandLine migrate = new CommandLine(new MigrateCommand(services.migrator()));
    top.addSubcommand(serve);
    top.addSubcommand(migrate);
    top.addSubcommand(new CommandLine(new CreateCommand(services.create(), services.recurring(), environment, json)));
    top.addSubcommand(new CommandLine(new ListCommand(services.find(), services.catalogue(), json)));
    top.addSubcommand(new CommandLine(new DeleteCommand(services.find(), services.delete(), environment)));
    top.addSubcommand(new CommandLine(new CreateUserCommand(services.users(), environment)));
    top.addSubcommand(new CommandLine(new ImportCommand(services.imports(), environment, json)));
    top.addSubcommand(new CommandLine(new ExportCommand(services.find(), services.catalogue(), environment, json)));
    top.addSubcommand(new CommandLine(new ReportCommand(services.nights())));
    top.addSubcommand(new CommandLine(new UsersCommand(services.users(), environment)));
    top.addSubcommand(new CommandLine(new TokenCommand(services.tokens(), environment)));
    top.addSubcommand(new CommandLine(new BackupCommand(services.backup())));
    top.addSubcommand(new CommandLine(new WebhookCommand())
        .addSubcommand(new CommandLine(new WebhookAddCommand(services.webhooks(), environment)))
        .addSubcommand(new CommandLine(new WebhookListCommand(services.webhooks(), environment)))
        .addSubcommand(new CommandLine(new WebhookRemoveCommand(services.webhooks(), environment)))
        .addSubcommand(new CommandLine(new WebhookTestCommand(services.webhooks(), environment))));
    // So that "--order -start" is the descending order, not the clustered short options -s -t -a -r -t.
    top.setAllowOptionsAsOptionParameters(true);
    // The database is migrated once before any command that uses it; serve and migrate do so themselves.
    top.setExecutionStrategy(new MigrateFirst(services.migrator(),
        Set.of(serve.getCommandName(), migrate.getCommandName())));
    top.setExecutionExceptionHandler(errors);
    top.setParameterExceptionHandler(errors);
    return top;
  }
}
