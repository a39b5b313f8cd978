package org.observatory.downtime.core.port.out;

import java.util.Optional;
import org.observatory.downtime.core.model.UserAccount;

/** For keeping user accounts (local ones and copies of portal profiles) and their API tokens. */
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
}
