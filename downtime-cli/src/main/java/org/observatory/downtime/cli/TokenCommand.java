package org.observatory.downtime.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.observatory.downtime.core.model.IssuedToken;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.port.in.PersonalTokensUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code token create|revoke|list}: personal API tokens of local accounts. A token is named per account
 * ({@code token create --user alice nightly-import}), so one person can give each script its own token and revoke
 * one without breaking the others, and revoking needs only the name, never the token (which is not stored).
 */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Creates, lists and revokes personal API tokens of local accounts, sent by scripts as "
        + "'Authorization: Token <token>' instead of a password.")
final class TokenCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  private final PersonalTokensUseCase tokens;
  private final CliEnvironment environment;

  TokenCommand(PersonalTokensUseCase tokens, CliEnvironment environment) {
    this.tokens = tokens;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    // No subcommand: show which there are, and fail so that scripts notice.
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID_INPUT;
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Creates a token and prints it on standard output, once: only its SHA-256 digest is stored.")
  int create(@Option(names = {"-u", "--user"}, required = true, paramLabel = "USER",
                 description = "The local account the token acts as") String username,
             @Parameters(paramLabel = "NAME", description = "What the token is for, unique per account: "
                 + "1 to 64 letters, digits, '.', '_' or '-'") String name) {
    IssuedToken issued = tokens.create(username, name, OperatorActor.of(environment));
    spec.commandLine().getOut().println(issued.secret());
    spec.commandLine().getErr().println("Created token " + name + " for " + username + ". Keep it now: it cannot be "
        + "shown again. Revoke it with: downtime token revoke --user " + username + " " + name);
    return ExitCodes.OK;
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revokes a token: requests carrying it are refused from now on.")
  int revoke(@Option(names = {"-u", "--user"}, required = true, paramLabel = "USER",
                 description = "The account holding the token") String username,
             @Parameters(paramLabel = "NAME", description = "The token's name") String name) {
    tokens.revoke(username, name, OperatorActor.of(environment));
    spec.commandLine().getOut().println("Revoked token " + name + " of " + username + ".");
    return ExitCodes.OK;
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists tokens (names and creation times, never the tokens themselves).")
  int list(@Option(names = {"-u", "--user"}, paramLabel = "USER", description = "Only this account's tokens")
           String username) {
    List<PersonalToken> found = tokens.list(Optional.ofNullable(username), OperatorActor.of(environment));
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "%-20s  %-24s  %s", "USERNAME", "NAME", "CREATED"));
    for (PersonalToken token : found) {
      out.println(String.format(Locale.ROOT, "%-20s  %-24s  %s", token.username(), token.name(),
          token.created().truncatedTo(ChronoUnit.SECONDS)));
    }
    return ExitCodes.OK;
  }
}
