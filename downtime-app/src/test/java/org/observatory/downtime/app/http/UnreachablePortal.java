package org.observatory.downtime.app.http;

import java.util.Optional;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.IdentityProvider;

/** An Observation Portal that never answers in time. */
final class UnreachablePortal implements IdentityProvider {

  static final String MESSAGE = "The Observation Portal did not answer within 3 s.";

  @Override
  public Optional<UserAccount> login(String username, String password) {
    throw new UnavailableException(MESSAGE);
  }

  @Override
  public Optional<UserAccount> lookupToken(String apiToken) {
    throw new UnavailableException(MESSAGE);
  }
}
