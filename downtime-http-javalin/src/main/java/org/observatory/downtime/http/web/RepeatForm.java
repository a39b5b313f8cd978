package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.model.ValidationException;

/**
 * The repeat part of the add form exactly as typed: a common pattern with a number of occurrences or the date of
 * the last one, or an RFC 5545 RRULE written by hand; {@link #rule(Instant)} turns it into the RRULE to expand.
 *
 * @param pattern one of {@link #PATTERNS}: {@code ""} (does not repeat), {@code daily}, {@code weekly} (on the
 *                start's weekday) or {@code custom}
 * @param count   number of occurrences, the first included
 * @param until   date (UTC) of the last occurrence, {@code YYYY-MM-DD}
 * @param custom  the hand-written RRULE, used with {@code custom}
 */
public record RepeatForm(String pattern, String count, String until, String custom) {

  /** The patterns offered, in the order of the form's choice. */
  public static final List<String> PATTERNS = List.of("", "daily", "weekly", "custom");

  static final String COUNT_OR_UNTIL = "Give the number of occurrences or the date of the last one.";
  static final String NOT_BOTH = "Give either the number of occurrences or the date of the last one, not both.";
  static final String BAD_COUNT = "The number of occurrences must be a whole number of at least 1.";
  static final String BAD_UNTIL = "Enter the date of the last occurrence as YYYY-MM-DD (UTC).";
  static final String NO_RULE = "Type an RRULE, e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10.";
  static final String NO_PATTERN = "Choose how the downtime repeats, or clear the repeat fields.";
  static final String UNKNOWN_PATTERN = "Choose one of the offered repeats.";

  public RepeatForm {
    pattern = Objects.requireNonNullElse(pattern, "");
    count = Objects.requireNonNullElse(count, "");
    until = Objects.requireNonNullElse(until, "");
    custom = Objects.requireNonNullElse(custom, "");
  }

  /** A form that does not repeat. */
  public static RepeatForm none() {
    return new RepeatForm("", "", "", "");
  }

  /** The repeat fields as posted. */
  static RepeatForm from(Context ctx) {
    return new RepeatForm(ctx.formParam("repeat"), ctx.formParam("repeat_count"), ctx.formParam("repeat_until"),
        ctx.formParam("rrule"));
  }

  /** A label for each pattern, as the choice shows it. */
  public static String label(String pattern) {
    return switch (pattern) {
      case "" -> "Does not repeat";
      case "daily" -> "Daily";
      case "weekly" -> "Weekly, on the start's weekday";
      case "custom" -> "Custom RRULE";
      default -> pattern;
    };
  }

  /**
   * The RRULE this form asks for, evaluated from {@code start}, or empty when the downtime does not repeat.
   *
   * @throws ValidationException under {@code recurrence} when the fields do not make a rule
   */
  public Optional<String> rule(Instant start) {
    String typedCount = count.strip();
    String typedUntil = until.strip();
    return switch (pattern) {
      case "" -> {
        if (!typedCount.isEmpty() || !typedUntil.isEmpty() || !custom.isBlank()) {
          throw refused(NO_PATTERN);
        }
        yield Optional.empty();
      }
      case "daily" -> Optional.of("FREQ=DAILY;" + end(typedCount, typedUntil));
      case "weekly" -> Optional.of("FREQ=WEEKLY;BYDAY=" + weekday(start) + ";" + end(typedCount, typedUntil));
      case "custom" -> Optional.of(custom(custom));
      default -> throw refused(UNKNOWN_PATTERN);
    };
  }

  private static String end(String count, String until) {
    if (count.isEmpty() == until.isEmpty()) {
      throw refused(count.isEmpty() ? COUNT_OR_UNTIL : NOT_BOTH);
    }
    if (!count.isEmpty()) {
      if (!count.matches("\\d{1,9}") || Integer.parseInt(count) < 1) {
        throw refused(BAD_COUNT);
      }
      if (Integer.parseInt(count) > Recurrences.MAX_OCCURRENCES) {
        throw refused(Recurrences.TOO_MANY);
      }
      return "COUNT=" + Integer.parseInt(count);
    }
    try {
      // The whole last day counts: an occurrence starting at any time on it is included.
      LocalDate last = LocalDate.parse(until);
      return "UNTIL=" + String.format(Locale.ROOT, "%04d%02d%02dT235959Z", last.getYear(), last.getMonthValue(),
          last.getDayOfMonth());
    } catch (DateTimeParseException e) {
      throw refused(BAD_UNTIL);
    }
  }

  private static String custom(String text) {
    String rule = text.strip();
    if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
      rule = rule.substring(6).strip();
    }
    if (rule.isEmpty()) {
      throw refused(NO_RULE);
    }
    return rule;
  }

  private static String weekday(Instant start) {
    DayOfWeek day = start.atZone(ZoneOffset.UTC).getDayOfWeek();
    return day.name().substring(0, 2);
  }

  private static ValidationException refused(String message) {
    return ValidationException.of(Recurrences.FIELD, message);
  }
}
