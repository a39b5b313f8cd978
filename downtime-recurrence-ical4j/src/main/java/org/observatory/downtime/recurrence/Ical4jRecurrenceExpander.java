package org.observatory.downtime.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.out.RecurrenceExpander;

/** Expands RFC 5545 recurrence rules with ical4j's {@link Recur}, in UTC. */
public final class Ical4jRecurrenceExpander implements RecurrenceExpander {

  static final String UNTIL_NOT_UTC =
      "UNTIL must be a UTC date-time ending in Z, as the start is (e.g. UNTIL=20270131T235959Z).";
  static final String COUNT_NOT_POSITIVE = "COUNT must be a whole number of at least 1.";
  static final String INTERVAL_NOT_POSITIVE = "INTERVAL must be a whole number of at least 1.";

  // Expansion never looks past this, so a rule whose parts never match ends instead of running forever.
  private static final OffsetDateTime HORIZON = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);

  @Override
  public List<Instant> expand(String rule, Instant firstStart, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Recur<Temporal> recur = parse(rule);
    checkBounded(recur);
    OffsetDateTime seed = OffsetDateTime.ofInstant(firstStart, ZoneOffset.UTC);
    try {
      return recur.getDates(seed, seed, HORIZON, limit + 1).stream().map(Instant::from).toList();
    } catch (RuntimeException e) {
      throw refuse(Recurrences.invalid(reason(e)));
    }
  }

  private static Recur<Temporal> parse(String rule) {
    String text = rule == null ? "" : rule.strip();
    if (text.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
      text = text.substring("RRULE:".length());
    }
    if (text.isEmpty()) {
      throw refuse("This field may not be blank.");
    }
    try {
      return new Recur<>(text);
    } catch (RuntimeException e) {
      // ical4j reports unknown parts, bad values and bad dates with assorted unchecked exceptions
      throw refuse(Recurrences.invalid(reason(e)));
    }
  }

  private static void checkBounded(Recur<Temporal> recur) {
    boolean hasCount = recur.getCount() != -1;
    Temporal until = recur.getUntil();
    if (hasCount && until != null) {
      throw refuse(Recurrences.COUNT_AND_UNTIL);
    }
    if (!hasCount && until == null) {
      throw refuse(Recurrences.UNBOUNDED);
    }
    if (hasCount && recur.getCount() < 1) {
      throw refuse(COUNT_NOT_POSITIVE);
    }
    if (until instanceof LocalDate || until instanceof LocalDateTime) {
      throw refuse(UNTIL_NOT_UTC);
    }
    if (recur.getInterval() != -1 && recur.getInterval() < 1) {
      throw refuse(INTERVAL_NOT_POSITIVE);
    }
  }

  private static String reason(RuntimeException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
  }

  private static ValidationException refuse(String message) {
    return ValidationException.of(Recurrences.FIELD, message);
  }
}
