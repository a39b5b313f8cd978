package org.observatory.downtime.core.model;

/** The limits of recurring downtimes and the messages that refuse a rule, under the {@code recurrence} field. */
public final class Recurrences {

  /** The field a refused rule is reported under. */
  public static final String FIELD = "recurrence";
  /** The most occurrences one series may have. */
  public static final int MAX_OCCURRENCES = 1000;

  public static final String UNBOUNDED =
      "The rule must end: add COUNT=n or UNTIL=YYYYMMDDTHHMMSSZ (e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10).";
  public static final String COUNT_AND_UNTIL = "COUNT and UNTIL must not both be given (RFC 5545).";
  public static final String TOO_MANY =
      "The rule gives more than " + MAX_OCCURRENCES + " occurrences; use a smaller COUNT or an earlier UNTIL.";
  public static final String NONE = "The rule gives no occurrence at or after start.";

  private Recurrences() {
  }

  /** The message for a rule that cannot be read, with the reason the parser gave. */
  public static String invalid(String reason) {
    return "Not a valid RFC 5545 RRULE (" + reason + "); e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10.";
  }

  /** The message for a start that is not the rule's first occurrence (RFC 5545 leaves such a series undefined). */
  public static String notFirst(String start, String first) {
    return "The start " + start + " is not an occurrence of the rule (its first is " + first
        + "); start the series on an occurrence.";
  }
}
