package org.observatory.downtime.core.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.LoginLimits;
import org.observatory.downtime.core.model.LoginThrottleCounts;
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
  private final LoginThrottle throttle;

  /** With failed logins counted in this process only, at the default limits. */
  public AuthenticationService(UserStore users, PasswordHasher hasher, Optional<IdentityProvider> provider) {
    this(users, hasher, provider, new LoginThrottle(new InProcessLoginFailures(), LoginLimits.DEFAULT,
        Clock.systemUTC()));
  }

  AuthenticationService(UserStore users, PasswordHasher hasher, Optional<IdentityProvider> provider,
                        LoginThrottle throttle) {
    this.users = Objects.requireNonNull(users, "users");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.accounts = new UserService(users, hasher)::upsertPortalUser;
    this.throttle = Objects.requireNonNull(throttle, "throttle");
  }

  @Override
  public Optional<User> withPassword(String username, String password) {
    return withPassword(username, password, "");
  }

  @Override
  public Optional<User> withPassword(String username, String password, String clientAddress) {
    Optional<UserAccount> local = users.findByUsername(username);
    boolean hashes = local.isPresent() && !local.get().passwordHash().isEmpty();
    return throttle.check(username, Objects.requireNonNullElse(clientAddress, ""), hashes,
        () -> check(username, password, hashes ? local : Optional.empty()));
  }

  @Override
  public LoginThrottleCounts loginThrottleCounts() {
    return throttle.counts();
  }

  private Optional<User> check(String username, String password, Optional<UserAccount> local) {
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
