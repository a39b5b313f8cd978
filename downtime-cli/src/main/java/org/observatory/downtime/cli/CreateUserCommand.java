package org.observatory.downtime.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code create-user NAME}: creates or replaces a local account; the password is stored only as a PBKDF2 hash. */
@Command(name = "create-user", mixinStandardHelpOptions = true,
    description = "Creates a local user (or sets a new password for an existing one) who can log in and write "
        + "through the API with HTTP Basic.")
final class CreateUserCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "Username: letters, digits and @ . + - _")
  String username;

  @Option(names = "--staff", description = "Staff user: may write any downtime and use the admin pages.")
  boolean staff;

  @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
      + "instead of asking twice on the terminal.")
  boolean passwordStdin;

  private final ManageUsersUseCase users;
  private final CliEnvironment environment;

  CreateUserCommand(ManageUsersUseCase users, CliEnvironment environment) {
    this.users = users;
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    char[] password = passwordStdin ? fromStdin() : fromTerminal();
    try {
      // An empty password is refused by the use case, with the username's mistakes if any.
      UserAccount account = users.createLocalUser(username, password, staff);
      spec.commandLine().getOut().println("Saved local user " + account.username()
          + (account.staff() ? " (staff)" : " (not staff)"));
      return ExitCodes.OK;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private char[] fromStdin() throws IOException {
    // Not closed: closing would close the process's standard input.
    BufferedReader in = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8));
    String line = in.readLine();
    return line == null ? new char[0] : line.toCharArray();
  }

  private char[] fromTerminal() {
    char[] first = environment.passwords().read("Password: ").orElseThrow(() -> CommandFailure.invalidInput(
        "password: No terminal to ask for the password on; use --password-stdin."));
    char[] second = environment.passwords().read("Password (again): ").orElse(new char[0]);
    boolean same = Arrays.equals(first, second);
    Arrays.fill(second, '\0');
    if (!same) {
      Arrays.fill(first, '\0');
      throw ValidationException.of("password", "The two passwords do not match; nothing was saved.");
    }
    return first;
  }
}
