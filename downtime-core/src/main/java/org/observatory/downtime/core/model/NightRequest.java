package org.observatory.downtime.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * "The night of this local date", as a list filter or a write asks for it, before it is resolved into darkness at
 * each site.
 *
 * @param night    the local date whose evening the night begins on
 * @param twilight how dark it must be
 */
public record NightRequest(LocalDate night, Twilight twilight) {

  /** The field a night is given under, in filters' {@code night} and in writes. */
  public static final String FIELD = "night";

  /** The message for a night that is not a local date written {@code YYYY-MM-DD}. */
  public static final String INVALID_DATE = "Enter a valid date: YYYY-MM-DD.";

  public NightRequest {
    Objects.requireNonNull(night, "night");
    Objects.requireNonNull(twilight, "twilight");
  }

  /** A local date written {@code YYYY-MM-DD} (years 0001–9999), if it is one. */
  public static Optional<LocalDate> parseDate(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(text);
      return date.getYear() >= 1 ? Optional.of(date) : Optional.empty();
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
