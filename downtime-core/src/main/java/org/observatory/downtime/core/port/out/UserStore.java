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
}
