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

  /**
   * The account exists but an operator disabled it. Said the same whatever password was given (the password is not
   * even checked), in the words Django REST framework uses, so clients of the old service read it as before.
   *
   * @param byToken whether an API token was given (answered with a {@code Token} challenge)
   */
  public static NotAuthenticatedException inactive(boolean byToken) {
    return new NotAuthenticatedException(INACTIVE, byToken);
  }

  /** What a disabled account is told. */
  public static final String INACTIVE = "User inactive or deleted.";

  /** Whether an API token was refused (answered with a {@code Token} challenge), unknown or of a disabled user. */
  public boolean isInvalidToken() {
    return invalidToken;
  }
}
