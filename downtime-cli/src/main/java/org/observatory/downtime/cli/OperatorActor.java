package org.observatory.downtime.cli;

import org.observatory.downtime.core.model.User;

/** Who administers accounts from the shell: the operator on the server, with staff rights. */
final class OperatorActor {

  private OperatorActor() {
  }

  /**
   * The operator, under a name no account can have (':' is not allowed in usernames), so the rule that nobody
   * disables or deletes their own account never mistakes the operator for an account of the same name.
   */
  static User of(CliEnvironment environment) {
    return User.operator("operator:" + environment.osUser());
  }
}
