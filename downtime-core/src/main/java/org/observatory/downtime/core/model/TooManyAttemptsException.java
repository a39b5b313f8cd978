package org.observatory.downtime.core.model;

import java.time.Duration;
import java.util.Objects;

/** Too many failed password checks for this username or client address: no password was checked this time. */
public class TooManyAttemptsException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** Whole seconds until an attempt may succeed again, at least 1. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
