package org.observatory.downtime.core.service;

import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.port.out.UserStore;

/** Creates local accounts and takes in portal profiles. */
public final class UserService implements ManageUsersUseCase {

  private static final int MAX_USERNAME = 150;

  private final UserStore users;
  private final PasswordHasher hasher;

  public UserService(UserStore users, PasswordHasher hasher) {
    this.users = Objects.requireNonNull(users, "users");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
  }

  @Override
  public UserAccount createLocalUser(String username, char[] password, boolean staff) {
    FieldErrors errors = new FieldErrors();
    if (username == null || username.isBlank()) {
      errors.add("username", FieldErrors.REQUIRED);
    } else if (username.length() > MAX_USERNAME) {
      errors.add("username", FieldErrors.tooLong(MAX_USERNAME));
    } else if (!username.matches("[\\w.@+-]+")) {
      errors.add("username", "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.");
    }
    if (password == null || password.length == 0) {
      errors.add("password", "This field may not be blank.");
    }
    errors.throwIfAny();
    Optional<UserAccount> existing = users.findByUsername(username);
    String keptToken = existing.map(UserAccount::apiToken).orElse("");
    UserAccount account = new UserAccount(username, hasher.hash(password), staff, false, "", "", "", keptToken,
        UserAccount.Source.LOCAL);
    users.save(account);
    if (existing.isPresent()) {
      // A new password (or new rights) for an existing account: whoever holds one of its sessions must log in again.
      users.endSessions(username);
    }
    return account;
  }

  @Override
  public UserAccount upsertPortalUser(UserAccount profile) {
    // A portal profile never carries a local password: keep the one an operator may have set.
    Optional<UserAccount> existing = users.findByUsername(profile.username());
    String keptHash = existing.map(UserAccount::passwordHash).orElse("");
    UserAccount account = profile.withPasswordHash(keptHash);
    users.save(account);
    if (existing.isPresent() && existing.get().user().privileged() && !account.user().privileged()) {
      users.endSessions(account.username());
    }
    return account;
  }
}
