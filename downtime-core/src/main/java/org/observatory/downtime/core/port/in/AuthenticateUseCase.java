package org.observatory.downtime.core.port.in;

import java.util.Optional;
import org.observatory.downtime.core.model.LoginThrottleCounts;
import org.observatory.downtime.core.model.User;

/** Establishing who is asking: local accounts first, then the outside identity source if one is configured. */
public interface AuthenticateUseCase {

  /**
   * Checks a username and password.
   *
   * @return the user, or empty when the credentials are wrong
   * @throws org.observatory.downtime.core.model.NotAuthenticatedException when the account is disabled (whatever the
   *                                                                      password)
   * @throws org.observatory.downtime.core.model.UnavailableException when only an unreachable outside source could tell
   */
  Optional<User> withPassword(String username, String password);

  /**
   * Checks a username and password given from a client address: failed checks are counted per username and per
   * address, and past the limits no password is checked at all.
   *
   * @param clientAddress the client's address, or {@code ""} when there is none (then only the username counts)
   * @return the user, or empty when the credentials are wrong
   * @throws org.observatory.downtime.core.model.NotAuthenticatedException when the account is disabled (whatever the
   *                                                                      password)
   * @throws org.observatory.downtime.core.model.TooManyAttemptsException when a limit of failed checks is reached
   * @throws org.observatory.downtime.core.model.UnavailableException when only an unreachable outside source could tell
   */
  Optional<User> withPassword(String username, String password, String clientAddress);

  /** What the login throttle counted in this process, for metrics. */
  LoginThrottleCounts loginThrottleCounts();

  /**
   * Checks an API token: a personal token of a local account, a portal token copied locally, then the portal.
   *
   * @return the user, or empty when nobody holds this token
   * @throws org.observatory.downtime.core.model.NotAuthenticatedException when the token's account is disabled
   * @throws org.observatory.downtime.core.model.UnavailableException when only an unreachable outside source could tell
   */
  Optional<User> withToken(String apiToken);

  /**
   * The user with this username as stored now, e.g. to resume a signed session; flags are current.
   *
   * @return the user, or empty when there is no such account
   */
  default Optional<User> byUsername(String username) {
    return Optional.empty();
  }

  /**
   * An opaque value that changes whenever the stored password of this user changes (or {@code ""} when there is
   * none), so a cache of successful password checks can key on it and drop stale entries.
   */
  default String credentialState(String username) {
    return "";
  }

  /**
   * The session generation a login of this user starts in now, to be carried by the session.
   *
   * @return the generation, {@code 0} for an unknown username
   */
  long sessionGeneration(String username);

  /**
   * Resumes a login session: the user as stored now when the session's generation is still the user's current one.
   *
   * @return the user, or empty when there is no such account, it is disabled, or its sessions were ended since the
   *         session started
   */
  Optional<User> resumeSession(String username, long generation);

  /** Ends every login session of this user, on every instance (logging out). Does nothing for an unknown username. */
  void endSessions(String username);
}
