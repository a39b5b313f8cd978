package org.observatory.downtime.core.model;

/** A write was asked for without credentials, or with credentials that were not accepted. */
public class NotAuthenticatedException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean invalidToken;

  private NotAuthenticatedException(String message, boolean invalidToken) {
    super(message);
    this.invalidToken = invalidToken;
  }

  /** No credentials were given at all. */
  public static NotAuthenticatedException missing() {
    return new NotAuthenticatedException("Authentication credentials were not provided.", false);
  }

  /** An API token was given that nobody holds. */
  public static NotAuthenticatedException invalidToken() {
    return new NotAuthenticatedException("Invalid token.", true);
  }

  /** A username and password that do not match. */
  public static NotAuthenticatedException invalidCredentials() {
    return new NotAuthenticatedException("Invalid username/password.", false);
  }

  /** Whether an unknown API token was the cause (answered as "Invalid token."). */
  public boolean isInvalidToken() {
    return invalidToken;
  }
}
