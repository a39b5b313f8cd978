package org.observatory.downtime.cli;

import org.observatory.downtime.core.model.User;
import picocli.CommandLine.Option;

/** {@code --user}: who is recorded as having made a change; the operating-system user by default. */
final class ActorOption {

  @Option(names = {"-u", "--user"}, paramLabel = "NAME",
      description = "Username recorded as the author (created_by, audit trail). Default: the operating-system user.")
  String user;

  /** The operator running the tool, who acts with staff rights. */
  User actor(CliEnvironment environment) {
    String name = user == null || user.isBlank() ? environment.osUser() : user.strip();
    return User.operator(name);
  }
}
