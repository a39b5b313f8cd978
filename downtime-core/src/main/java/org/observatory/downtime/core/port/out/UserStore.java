package org.observatory.downtime.core.port.out;

import java.util.List;
import java.util.Optional;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.model.UserAccount;

/**
 * For keeping user accounts (local ones and copies of portal profiles), their API tokens and the personal API tokens
 * of local accounts (kept as SHA-256 digests only).
 */
public interface UserStore {

  /** The account with this username, or empty. */
  Optional<UserAccount> findByUsername(String username);

  /** The account holding this API token, or empty; an empty token never matches. */
  Optional<UserAccount> findByApiToken(String apiToken);

  /**
   * Creates or replaces the account with this username. A token given to this account is taken away
   * from any other account holding it, so a token belongs to one account at most.
   */
  void save(UserAccount account);

  /**
   * The session generation of this user: login sessions carry the generation they started in and are valid only
   * while it is still the current one.
   *
   * @return the generation, {@code 0} for an account whose sessions were never ended or an unknown username
   */
  long sessionGeneration(String username);

  /**
   * Ends every login session of this user on every instance sharing the store, by moving to the next session
   * generation; {@link #save} never changes the generation. Does nothing for an unknown username.
   */
  void endSessions(String username);

  /** Every account, ordered by username. */
  List<UserAccount> list();

  /**
   * Replaces the stored account and ends its login sessions in one transaction (e.g. disabling it, taking staff
   * rights away), so no session survives the change even for a moment.
   *
   * @throws org.observatory.downtime.core.model.NotFoundException when there is no account with this username
   */
  void saveEndingSessions(UserAccount account);

  /**
   * Deletes the account with its personal tokens and login sessions: a later account of the same name starts in a
   * session generation none of the deleted account's sessions carries.
   *
   * @return whether there was such an account
   */
  boolean delete(String username);

  /**
   * Stores a new personal token's digest, stamped with the current time.
   *
   * @return the stored token
   * @throws org.observatory.downtime.core.model.ValidationException when the account already has a token of this
   *                                                                  name ({@code name})
   * @throws org.observatory.downtime.core.model.NotFoundException    when there is no account with this username
   */
  PersonalToken addToken(String username, String name, String hash);

  /** The personal token with this digest, or empty. */
  Optional<PersonalToken> findTokenByHash(String hash);

  /** The personal tokens of one account (ordered by name), or of every account when {@code username} is empty. */
  List<PersonalToken> tokens(Optional<String> username);

  /**
   * Deletes a personal token: it stops working at once.
   *
   * @return whether the account had a token of this name
   */
  boolean revokeToken(String username, String name);
}
