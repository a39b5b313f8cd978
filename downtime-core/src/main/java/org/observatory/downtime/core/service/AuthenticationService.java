package org.observatory.downtime.core.service;

import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.core.port.out.IdentityProvider;
import org.observatory.downtime.core.port.out.UserStore;

/**
 * Authenticates against local accounts first, then (when configured) the outside identity source, whose
 * profiles are copied locally so that their tokens work without a network call afterwards.
 */
public final class AuthenticationService implements AuthenticateUseCase {

  private final UserStore users;
  private final PasswordHasher hasher;
  private final Optional<IdentityProvider> provider;
  private final ManageUsersUseCase accounts;

  public AuthenticationService(UserStore users, PasswordHasher hasher, Optional<IdentityProvider> provider) {
    this.users = Objects.requireNonNull(users, "users");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.accounts = new UserService(users, hasher)::upsertPortalUser;
  }

  @Override
  public Optional<User> withPassword(String username, String password) {
    Optional<UserAccount> local = users.findByUsername(username);
    if (local.isPresent() && hasher.verify(password.toCharArray(), local.get().passwordHash())) {
      return Optional.of(local.get().user());
    }
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    return provider.get().login(username, password).map(profile -> accounts.upsertPortalUser(profile).user());
  }

  @Override
  public Optional<User> withToken(String apiToken) {
    if (apiToken == null || apiToken.isEmpty()) {
      return Optional.empty();
    }
    Optional<UserAccount> local = users.findByApiToken(apiToken);
    if (local.isPresent()) {
      return Optional.of(local.get().user());
    }
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    return provider.get().lookupToken(apiToken).map(profile -> accounts.upsertPortalUser(profile).user());
  }

  @Override
  public Optional<User> byUsername(String username) {
    return username == null || username.isEmpty() ? Optional.empty() : users.findByUsername(username).map(UserAccount::user);
  }

  @Override
  public String credentialState(String username) {
    if (username == null || username.isEmpty()) {
      return "";
    }
    return users.findByUsername(username)
        .map(account -> account.passwordHash() + "|" + account.staff() + "|" + account.superuser())
        .orElse("");
  }

  @Override
  public long sessionGeneration(String username) {
    return username == null || username.isEmpty() ? 0 : users.sessionGeneration(username);
  }

  @Override
  public Optional<User> resumeSession(String username, long generation) {
    return byUsername(username).filter(user -> users.sessionGeneration(username) == generation);
  }

  @Override
  public void endSessions(String username) {
    if (username != null && !username.isEmpty()) {
      users.endSessions(username);
    }
  }

  private interface ManageUsersUseCase {
    UserAccount upsertPortalUser(UserAccount profile);
  }
}
