package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.AccountSummary;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code users list|disable|enable|delete|set-staff}: administering accounts from the shell. */
@Command(name = "users", mixinStandardHelpOptions = true,
    description = "Lists and administers accounts (local and Observation Portal copies). Disabling, deleting or "
        + "taking staff rights away ends the account's login sessions at once.")
final class UsersCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  private final ManageUsersUseCase users;
  private final CliEnvironment environment;

  UsersCommand(ManageUsersUseCase users, CliEnvironment environment) {
    this.users = users;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    // No subcommand: show which there are, and fail so that scripts notice.
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID_INPUT;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every account, one a line.")
  int list() {
    List<AccountSummary> accounts = users.listAccounts(OperatorActor.of(environment));
    PrintWriter out = spec.commandLine().getOut();
    int width = Math.max(8, accounts.stream().mapToInt(a -> a.username().length()).max().orElse(0));
    out.println(String.format(Locale.ROOT, "%-" + width + "s  %-6s  %-9s  %s", "USERNAME", "SOURCE", "RIGHTS",
        "STATUS"));
    for (AccountSummary account : accounts) {
      String rights = account.superuser() ? "superuser" : account.staff() ? "staff" : "-";
      out.println(String.format(Locale.ROOT, "%-" + width + "s  %-6s  %-9s  %s", account.username(),
          account.source().name().toLowerCase(Locale.ROOT), rights, account.disabled() ? "disabled" : "active"));
    }
    return ExitCodes.OK;
  }

  @Command(name = "disable", mixinStandardHelpOptions = true,
      description = "Disables an account: its sessions end now; it cannot log in and its tokens stop working.")
  int disable(@Parameters(paramLabel = "NAME", description = "Username") String username) {
    users.setDisabled(username, true, OperatorActor.of(environment));
    return done("Disabled " + username + "; its login sessions have ended.");
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled account again.")
  int enable(@Parameters(paramLabel = "NAME", description = "Username") String username) {
    users.setDisabled(username, false, OperatorActor.of(environment));
    return done("Enabled " + username + ".");
  }

  @Command(name = "delete", mixinStandardHelpOptions = true,
      description = "Deletes an account with its personal tokens; its sessions end now. Downtimes keep its name.")
  int delete(@Parameters(paramLabel = "NAME", description = "Username") String username) {
    users.deleteAccount(username, OperatorActor.of(environment));
    return done("Deleted " + username + ".");
  }

  @Command(name = "set-staff", mixinStandardHelpOptions = true,
      description = "Gives (yes) or takes away (no) staff rights; taking them away ends the account's sessions now.")
  int setStaff(@Parameters(index = "0", paramLabel = "NAME", description = "Username") String username,
               @Parameters(index = "1", paramLabel = "yes|no", description = "yes: staff; no: not staff") String value) {
    boolean staff = switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "true", "on" -> true;
      case "no", "false", "off" -> false;
      default -> throw ValidationException.of("yes|no", "Say yes or no, not '" + value + "'.");
    };
    users.setStaff(username, staff, OperatorActor.of(environment));
    return done(staff ? username + " is staff now." : username + " is no longer staff; its login sessions have ended.");
  }

  private int done(String message) {
    spec.commandLine().getOut().println(message);
    return ExitCodes.OK;
  }
}
