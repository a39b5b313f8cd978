package org.observatory.downtime.core.port.in;

import org.observatory.downtime.core.model.UserAccount;

/** Creating local accounts and taking in profiles pushed by the Observation Portal. */
public interface ManageUsersUseCase {

  /**
   * Creates or replaces a local account; the password is stored only as a PBKDF2-SHA256 hash.
   *
   * @throws org.observatory.downtime.core.model.ValidationException when the username or password is unusable
   */
  UserAccount createLocalUser(String username, char[] password, boolean staff);

  /** Creates or replaces an account from a portal profile; a token it replaces stops working at once. */
  UserAccount upsertPortalUser(UserAccount profile);
}
