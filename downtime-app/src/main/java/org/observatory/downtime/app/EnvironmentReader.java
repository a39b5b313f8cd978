package org.observatory.downtime.app;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads typed values from environment variables; every refusal is a {@link ConfigException} naming the variable. */
final class EnvironmentReader {

  private final Map<String, String> environment;

  EnvironmentReader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The value, or empty when the variable is unset or blank (blank counts as unset, as in the old service's images). */
  Optional<String> optional(String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  String text(String name, String fallback) {
    return optional(name).orElse(fallback);
  }

  int integer(String name, int fallback, int min, int max) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number < min || number > max) {
        throw new ConfigException(name + ": " + number + " is out of range; use a whole number from " + min + " to " + max + ".");
      }
      return number;
    } catch (NumberFormatException e) {
      throw new ConfigException(name + ": \"" + value.get() + "\" is not a whole number; use one from " + min + " to " + max + ".");
    }
  }

  /** True/false as Django settings read them: true, false, 1, 0, yes, no, on, off (any case). */
  boolean bool(String name, boolean fallback) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on", "t", "y" -> true;
      case "false", "0", "no", "off", "f", "n" -> false;
      default -> throw new ConfigException(name + ": \"" + value.get() + "\" is not true or false; use true or false.");
    };
  }

  /** A positive duration given in seconds, fractions allowed (e.g. {@code 2.5}), at most {@code maxSeconds}. */
  Duration seconds(String name, Duration fallback, long maxSeconds) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      BigDecimal seconds = new BigDecimal(value.get());
      if (seconds.compareTo(new BigDecimal("0.001")) < 0 || seconds.compareTo(BigDecimal.valueOf(maxSeconds)) > 0) {
        throw new ConfigException(name + ": " + value.get() + " is out of range; use a number of seconds from 0.001 to "
            + maxSeconds + ".");
      }
      return Duration.ofMillis(seconds.movePointRight(3).longValue());
    } catch (NumberFormatException e) {
      throw new ConfigException(name + ": \"" + value.get() + "\" is not a number of seconds (e.g. 3 or 2.5).");
    }
  }
}
