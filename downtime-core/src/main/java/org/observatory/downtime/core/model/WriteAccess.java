package org.observatory.downtime.core.model;

import java.util.Locale;
import java.util.Optional;

/** Who may write downtimes ({@code WRITE_ACCESS}). */
public enum WriteAccess {
  /** Staff users only (the default, as in the old service). */
  STAFF,
  /** Any authenticated user may create; non-staff users may change or delete only what they created. */
  AUTHENTICATED;

  /** The mode named {@code staff} or {@code authenticated} (any case), or empty. */
  public static Optional<WriteAccess> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "staff" -> Optional.of(STAFF);
      case "authenticated" -> Optional.of(AUTHENTICATED);
      default -> Optional.empty();
    };
  }
}
