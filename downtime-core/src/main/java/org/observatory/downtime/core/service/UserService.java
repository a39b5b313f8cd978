package org.observatory.downtime.core.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.AccountSummary;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.port.out.UserStore;

/** Creates and administers accounts and takes in portal profiles. */
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
    boolean keptDisabled = existing.map(UserAccount::disabled).orElse(false);
    UserAccount account = new UserAccount(username, hasher.hash(password), staff, false, "", "", "", keptToken,
        UserAccount.Source.LOCAL, keptDisabled);
    if (existing.isPresent()) {
      // A new password (or new rights) for an existing account: whoever holds one of its sessions must log in again.
      users.saveEndingSessions(account);
    } else {
      users.save(account);
    }
    return account;
  }

  @Override
  public UserAccount upsertPortalUser(UserAccount profile) {
    // A portal profile never carries a local password nor the operator's decision to disable the account: keep both.
    Optional<UserAccount> existing = users.findByUsername(profile.username());
    UserAccount account = profile.withPasswordHash(existing.map(UserAccount::passwordHash).orElse(""))
        .withDisabled(existing.map(UserAccount::disabled).orElse(false));
    if (existing.isPresent() && existing.get().user().privileged() && !account.user().privileged()) {
      users.saveEndingSessions(account);
    } else {
      users.save(account);
    }
    return account;
  }

  @Override
  public List<AccountSummary> listAccounts(User actor) {
    requireStaff(actor);
    return users.list().stream().map(AccountSummary::of).toList();
  }

  @Override
  public AccountSummary setDisabled(String username, boolean disabled, User actor) {
    UserAccount account = loadForChange(username, actor, disabled, "disable");
    if (account.disabled() != disabled) {
      account = account.withDisabled(disabled);
      if (disabled) {
        users.saveEndingSessions(account);
      } else {
        users.save(account);
      }
    }
    return AccountSummary.of(account);
  }

  @Override
  public AccountSummary setStaff(String username, boolean staff, User actor) {
    UserAccount account = loadForChange(username, actor, !staff, "take staff rights from");
    if (account.staff() != staff) {
      account = account.withStaff(staff);
      if (staff) {
        users.save(account);
      } else {
        users.saveEndingSessions(account);
      }
    }
    return AccountSummary.of(account);
  }

  @Override
  public void deleteAccount(String username, User actor) {
    loadForChange(username, actor, true, "delete");
    if (!users.delete(username)) {
      throw noSuchAccount(username);
    }
  }

  // Load → authorise: staff only, and nobody locks themselves out (another staff member has to do it).
  private UserAccount loadForChange(String username, User actor, boolean lockingOut, String verb) {
    requireStaff(actor);
    UserAccount account = users.findByUsername(Objects.requireNonNullElse(username, ""))
        .orElseThrow(() -> noSuchAccount(username));
    if (lockingOut && account.username().equals(actor.username())) {
      throw new PermissionDeniedException("You cannot " + verb + " your own account; ask another staff member.");
    }
    return account;
  }

  static void requireStaff(User actor) {
    Objects.requireNonNull(actor, "actor");
    if (!actor.privileged()) {
      throw new PermissionDeniedException("Only staff may administer accounts.");
    }
  }

  static NotFoundException noSuchAccount(String username) {
    return new NotFoundException("No account named " + username + ".");
  }
}
