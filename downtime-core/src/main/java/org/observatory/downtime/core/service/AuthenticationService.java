package org.observatory.downtime.core.service;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.LoginLimits;
import org.observatory.downtime.core.model.LoginThrottleCounts;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.core.port.out.IdentityProvider;
import org.observatory.downtime.core.port.out.UserStore;

/**
 * Authenticates against local accounts first, then (when configured) the outside identity source, whose
 * profiles are copied locally so that their tokens work without a network call afterwards. API tokens are looked
 * up as personal tokens (by SHA-256 digest), then as copied portal tokens, then at the portal. A disabled account is
 * refused on every path, before its password is checked.
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
    if (local.isPresent() && local.get().disabled()) {
      // Refused whatever the password: the answer tells nothing about whether it was right.
      throw NotAuthenticatedException.inactive(false);
    }
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
    String digest = TokenDigest.digest(apiToken);
    Optional<PersonalToken> personal = users.findTokenByHash(digest).filter(token -> TokenDigest.same(token.hash(),
        digest));
    if (personal.isPresent()) {
      return Optional.of(enabled(users.findByUsername(personal.get().username())
          .orElseThrow(NotAuthenticatedException::invalidToken)).user());
    }
    Optional<UserAccount> local = users.findByApiToken(apiToken);
    if (local.isPresent()) {
      return Optional.of(enabled(local.get()).user());
    }
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    return provider.get().lookupToken(apiToken).map(profile -> enabled(accounts.upsertPortalUser(profile)).user());
  }

  private static UserAccount enabled(UserAccount account) {
    if (account.disabled()) {
      throw NotAuthenticatedException.inactive(true);
    }
    return account;
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
        .map(account -> account.passwordHash() + "|" + account.staff() + "|" + account.superuser() + "|"
            + account.disabled())
        .orElse("");
  }

  @Override
  public long sessionGeneration(String username) {
    return username == null || username.isEmpty() ? 0 : users.sessionGeneration(username);
  }

  @Override
  public Optional<User> resumeSession(String username, long generation) {
    // The generation moves on when an account is disabled; the flag is checked too, in case of a restored backup.
    return users.findByUsername(username == null ? "" : username).filter(account -> !account.disabled())
        .map(UserAccount::user).filter(user -> users.sessionGeneration(username) == generation);
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
