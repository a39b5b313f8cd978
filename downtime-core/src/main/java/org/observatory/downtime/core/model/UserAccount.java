package org.observatory.downtime.core.model;

import java.util.Objects;

/**
 * A stored user: a local account created with the command-line tool, or a copy of an Observation Portal profile.
 *
 * @param username     unique name
 * @param passwordHash PBKDF2-SHA256 hash in Django's {@code pbkdf2_sha256$iterations$salt$hash} form, or {@code ""}
 *                     when the account has no local password (portal users)
 * @param staff        staff flag
 * @param superuser    superuser flag
 * @param email        e-mail address, may be {@code ""}
 * @param firstName    first name, may be {@code ""}
 * @param lastName     last name, may be {@code ""}
 * @param apiToken     the key the user sends as {@code Authorization: Token <key>}, or {@code ""} for none
 * @param source       where the account comes from
 * @param disabled     whether an operator disabled the account: it cannot log in, and its tokens do not work
 */
public record UserAccount(
    String username,
    String passwordHash,
    boolean staff,
    boolean superuser,
    String email,
    String firstName,
    String lastName,
    String apiToken,
    Source source,
    boolean disabled) {

  /** Where an account comes from. */
  public enum Source { LOCAL, PORTAL }

  public UserAccount {
    Objects.requireNonNull(username, "username");
    if (username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    passwordHash = passwordHash == null ? "" : passwordHash;
    email = email == null ? "" : email;
    firstName = firstName == null ? "" : firstName;
    lastName = lastName == null ? "" : lastName;
    apiToken = apiToken == null ? "" : apiToken;
    Objects.requireNonNull(source, "source");
  }

  /** An account that is not disabled (every new account, and every profile the portal sends). */
  public UserAccount(String username, String passwordHash, boolean staff, boolean superuser, String email,
                     String firstName, String lastName, String apiToken, Source source) {
    this(username, passwordHash, staff, superuser, email, firstName, lastName, apiToken, source, false);
  }

  /** The user this account acts as. */
  public User user() {
    return new User(username, staff, superuser);
  }

  public UserAccount withApiToken(String token) {
    return new UserAccount(username, passwordHash, staff, superuser, email, firstName, lastName, token, source, disabled);
  }

  public UserAccount withPasswordHash(String hash) {
    return new UserAccount(username, hash, staff, superuser, email, firstName, lastName, apiToken, source, disabled);
  }

  public UserAccount withStaff(boolean newStaff) {
    return new UserAccount(username, passwordHash, newStaff, superuser, email, firstName, lastName, apiToken, source,
        disabled);
  }

  public UserAccount withDisabled(boolean newDisabled) {
    return new UserAccount(username, passwordHash, staff, superuser, email, firstName, lastName, apiToken, source,
        newDisabled);
  }

  // The hash and the portal token are secrets: an account printed into a log shows neither.
  @Override
  public String toString() {
    return "UserAccount[" + username + ", " + source + (staff ? ", staff" : "") + (superuser ? ", superuser" : "")
        + (disabled ? ", disabled" : "") + "]";
  }
}
