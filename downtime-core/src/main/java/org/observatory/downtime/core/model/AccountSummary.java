package org.observatory.downtime.core.model;

import java.util.Objects;

/**
 * What the account lists show of a user: no password hash, no token.
 *
 * @param username  unique name
 * @param staff     staff flag
 * @param superuser superuser flag
 * @param source    a local account or a copy of a portal profile
 * @param disabled  whether an operator disabled it
 */
public record AccountSummary(String username, boolean staff, boolean superuser, UserAccount.Source source,
                             boolean disabled) {

  public AccountSummary {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(source, "source");
  }

  /** The summary of a stored account. */
  public static AccountSummary of(UserAccount account) {
    return new AccountSummary(account.username(), account.staff(), account.superuser(), account.source(),
        account.disabled());
  }
}
