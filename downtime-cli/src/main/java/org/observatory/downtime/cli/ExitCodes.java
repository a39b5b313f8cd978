package org.observatory.downtime.cli;

/** The exit codes of the {@code downtime} command, documented in the README. */
public final class ExitCodes {

  /** Done. */
  public static final int OK = 0;
  /** An unexpected failure (a bug, or an error nobody anticipated). */
  public static final int SOFTWARE = 1;
  /** Bad input: an unknown option, an invalid value, a refused downtime, a bad configuration variable. */
  public static final int INVALID_INPUT = 2;
  /** A downtime asked for does not exist. */
  public static final int NOT_FOUND = 3;
  /** The database, the instrument catalogue or the portal cannot answer right now. */
  public static final int UNAVAILABLE = 4;
  /** The user may not do this. */
  public static final int PERMISSION_DENIED = 5;

  private ExitCodes() {
  }
}
