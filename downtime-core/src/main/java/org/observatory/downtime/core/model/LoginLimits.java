package org.observatory.downtime.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed password checks are allowed before further attempts are refused without checking.
 *
 * @param perUsername failures allowed per username within the window
 * @param perAddress  failures allowed per client address within the window
 * @param window      how long a failure counts
 */
public record LoginLimits(int perUsername, int perAddress, Duration window) {

  /** 10 failures per username and 50 per address in 5 minutes. */
  public static final LoginLimits DEFAULT = new LoginLimits(10, 50, Duration.ofMinutes(5));

  public LoginLimits {
    if (perUsername < 1 || perAddress < 1) {
      throw new IllegalArgumentException("login limits must be positive, were " + perUsername + " and " + perAddress);
    }
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
  }
}
