package org.observatory.downtime.core.port.in;

import java.util.List;
import java.util.Optional;
import org.observatory.downtime.core.model.IssuedToken;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.model.User;

/**
 * Personal API tokens of local accounts, for scripts that should not send a password: each has a name unique per
 * account, is shown once when created, stored only as a SHA-256 digest and sent as {@code Authorization: Token}.
 */
public interface PersonalTokensUseCase {

  /**
   * Creates a token for a local account.
   *
   * @return the token with its text, which nothing can show again
   * @throws org.observatory.downtime.core.model.ValidationException       when the name is unusable or taken, or the
   *                                                                       account is disabled or a portal account
   * @throws org.observatory.downtime.core.model.NotFoundException         when there is no such account
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor is neither staff nor the
   *                                                                       account's user
   */
  IssuedToken create(String username, String name, User actor);

  /**
   * Revokes a token: requests carrying it are refused from now on.
   *
   * @throws org.observatory.downtime.core.model.NotFoundException         when the account has no token of this name
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor is neither staff nor the
   *                                                                       account's user
   */
  void revoke(String username, String name, User actor);

  /**
   * The tokens of one account, or of every account when {@code username} is empty (staff only).
   *
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not see them
   */
  List<PersonalToken> list(Optional<String> username, User actor);
}
