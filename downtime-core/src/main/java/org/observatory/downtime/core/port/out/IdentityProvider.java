package org.observatory.downtime.core.port.out;

import java.util.Optional;
import org.observatory.downtime.core.model.UserAccount;

/**
 * For checking credentials against an outside identity source (the Observation Portal).
 *
 * <p>Every call is bounded in time. When the source cannot answer (down, slow, broken answer) the call throws
 * {@link org.observatory.downtime.core.model.UnavailableException}; an answer of "no" is an empty result.
 */
public interface IdentityProvider {

  /** The profile of the user with these credentials, or empty when the source refuses them. */
  Optional<UserAccount> login(String username, String password);

  /** The profile of the user holding this API token, or empty when the source does not know it. */
  Optional<UserAccount> lookupToken(String apiToken);
}
