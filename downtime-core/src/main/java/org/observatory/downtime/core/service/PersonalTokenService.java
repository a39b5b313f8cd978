package org.observatory.downtime.core.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.IssuedToken;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.PersonalTokensUseCase;
import org.observatory.downtime.core.port.out.UserStore;

/** Creates, lists and revokes the personal API tokens of local accounts. */
public final class PersonalTokenService implements PersonalTokensUseCase {

  private static final String NAME_PATTERN = "[A-Za-z0-9._-]{1,64}";

  private final UserStore users;
  private final TokenDigest tokens = new TokenDigest();

  public PersonalTokenService(UserStore users) {
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public IssuedToken create(String username, String name, User actor) {
    UserAccount account = load(username, actor);
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw ValidationException.of("name", "Enter a token name of 1 to 64 letters, digits, '.', '_' or '-'.");
    }
    if (account.source() != UserAccount.Source.LOCAL) {
      throw ValidationException.of("username", account.username() + " is an Observation Portal account: it uses "
          + "its portal API token; personal tokens are for local accounts.");
    }
    if (account.disabled()) {
      throw ValidationException.of("username", account.username() + " is disabled: enable it before giving it a "
          + "token.");
    }
    String secret = tokens.newToken();
    PersonalToken stored = users.addToken(account.username(), name, TokenDigest.digest(secret));
    return new IssuedToken(stored, secret);
  }

  @Override
  public void revoke(String username, String name, User actor) {
    UserAccount account = load(username, actor);
    if (name == null || !users.revokeToken(account.username(), name)) {
      throw new NotFoundException(account.username() + " has no token named " + name + ".");
    }
  }

  @Override
  public List<PersonalToken> list(Optional<String> username, User actor) {
    Objects.requireNonNull(username, "username");
    if (username.isEmpty()) {
      UserService.requireStaff(actor);
      return users.tokens(Optional.empty());
    }
    return users.tokens(Optional.of(load(username.get(), actor).username()));
  }

  // Load → authorise: staff manage everyone's tokens, a user their own.
  private UserAccount load(String username, User actor) {
    Objects.requireNonNull(actor, "actor");
    if (!actor.privileged() && !actor.username().equals(username)) {
      throw new PermissionDeniedException("Only staff may manage another user's tokens.");
    }
    return users.findByUsername(Objects.requireNonNullElse(username, ""))
        .orElseThrow(() -> UserService.noSuchAccount(username));
  }
}
