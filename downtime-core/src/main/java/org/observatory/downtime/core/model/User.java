package org.observatory.downtime.core.model;

import java.util.Objects;

/**
 * Someone (or some program) acting on downtimes, as established by authentication.
 *
 * @param username  unique name; recorded as {@code created_by}
 * @param staff     observatory staff: may write anything and use the admin pages
 * @param superuser may do anything staff may, and is shown as such
 */
public record User(String username, boolean staff, boolean superuser) {

  public User {
    Objects.requireNonNull(username, "username");
  }

  /** The operator running the command-line tool on the server: acts with staff rights. */
  public static User operator(String username) {
    return new User(username, true, false);
  }

  /** Staff or superuser. */
  public boolean privileged() {
    return staff || superuser;
  }
}
