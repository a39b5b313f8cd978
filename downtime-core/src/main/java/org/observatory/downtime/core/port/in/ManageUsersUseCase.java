package org.observatory.downtime.core.port.in;

import org.observatory.downtime.core.model.UserAccount;

/** Creating local accounts and taking in profiles pushed by the Observation Portal. */
public interface ManageUsersUseCase {

  /**
   * Creates or replaces a local account; the password is stored only as a PBKDF2-SHA256 hash. Replacing an account
   * ends its login sessions.
   *
   * @throws org.observatory.downtime.core.model.ValidationException when the username or password is unusable
   */
  UserAccount createLocalUser(String username, char[] password, boolean staff);

  /**
   * Creates or replaces an account from a portal profile; a token it replaces stops working at once, and a profile
   * that takes away staff or superuser rights ends the account's login sessions.
   */
  UserAccount upsertPortalUser(UserAccount profile);
}
