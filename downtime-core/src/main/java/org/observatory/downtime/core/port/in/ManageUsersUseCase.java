package org.observatory.downtime.core.port.in;

import java.util.List;
import org.observatory.downtime.core.model.AccountSummary;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;

/** Creating and administering accounts, and taking in profiles pushed by the Observation Portal. */
public interface ManageUsersUseCase {

  /**
   * Creates or replaces a local account; the password is stored only as a PBKDF2-SHA256 hash. Replacing an account
   * ends its login sessions and keeps it disabled if it was.
   *
   * @throws org.observatory.downtime.core.model.ValidationException when the username or password is unusable
   */
  UserAccount createLocalUser(String username, char[] password, boolean staff);

  /**
   * Creates or replaces an account from a portal profile; a token it replaces stops working at once, and a profile
   * that takes away staff or superuser rights ends the account's login sessions. An account an operator disabled
   * stays disabled.
   */
  UserAccount upsertPortalUser(UserAccount profile);

  /**
   * Every account, ordered by username.
   *
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor is not staff
   */
  List<AccountSummary> listAccounts(User actor);

  /**
   * Disables or enables an account. Disabling ends its login sessions at once; a disabled account cannot log in and
   * its API tokens do not work until it is enabled again.
   *
   * @return the account as stored now
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor is not staff, or disables
   *                                                                       their own account
   * @throws org.observatory.downtime.core.model.NotFoundException         when there is no such account
   */
  AccountSummary setDisabled(String username, boolean disabled, User actor);

  /**
   * Gives or takes away staff rights; taking them away ends the account's login sessions at once.
   *
   * @return the account as stored now
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor is not staff, or takes staff
   *                                                                       rights from their own account
   * @throws org.observatory.downtime.core.model.NotFoundException         when there is no such account
   */
  AccountSummary setStaff(String username, boolean staff, User actor);

  /**
   * Deletes an account with its personal tokens; its login sessions end at once. Downtimes it created keep its name.
   *
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor is not staff, or deletes
   *                                                                       their own account
   * @throws org.observatory.downtime.core.model.NotFoundException         when there is no such account
   */
  void deleteAccount(String username, User actor);
}
