package org.observatory.downtime.core.model;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date forms of the downtime contract: how instants are written out and which written forms are accepted.
 *
 * <p>Output is always {@code YYYY-MM-DDTHH:MM:SSZ} (UTC, whole seconds): the observatory's clients parse
 * exactly that. Input accepts ISO 8601 with {@code T} or a space, optional seconds and fraction,
 * optional {@code Z} or {@code ±HH:MM}; no zone means UTC.
 */
public final class Timestamps {

  // Instants written with the fast path of format(): years 0000 to 9999; others go through OUTPUT.
  private static final long FIRST_FOUR_DIGIT_YEAR = -62_167_219_200L;
  private static final long AFTER_FOUR_DIGIT_YEAR = 253_402_300_800L;

  /** Length of {@link #format(Instant)}'s text for years 0000 to 9999. */
  public static final int FORMATTED_LENGTH = 20;

  private static final DateTimeFormatter OUTPUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  // Date, then 'T' or ' ', then HH:MM with optional :SS and fraction, then an optional zone.
  private static final Pattern DATE_TIME = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd")
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendPattern("HH:mm")
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter()
      .withResolverStyle(java.time.format.ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private Timestamps() {
  }

  /** Writes an instant as {@code YYYY-MM-DDTHH:MM:SSZ}, dropping any fraction of a second. */
  public static String format(Instant instant) {
    byte[] text = new byte[FORMATTED_LENGTH];
    if (!formatAscii(instant, text, 0)) {
      return OUTPUT.format(instant);
    }
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes {@link #format(Instant)}'s text as {@link #FORMATTED_LENGTH} ASCII bytes into {@code into} from
   * {@code offset}, for writers that want bytes, not a {@code String}; only years 0000 to 9999 are written.
   *
   * @return whether it was written; {@code false} (nothing written) for a year outside 0000 to 9999
   */
  public static boolean formatAscii(Instant instant, byte[] into, int offset) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST_FOUR_DIGIT_YEAR || seconds >= AFTER_FOUR_DIGIT_YEAR) {
      return false;
    }
    // Every answer writes four of these per downtime: plain arithmetic, without the formatter or a LocalDate, is
    // ~10x cheaper (the formatter was a quarter of the CPU of a 350-row list request). The date is the proleptic
    // Gregorian civil date of the day number, counted in 400-year eras from 0000-03-01 (H. Hinnant's algorithm).
    long days = Math.floorDiv(seconds, 86_400L);
    int second = (int) (seconds - days * 86_400L);
    long shifted = days + 719_468L;
    long era = Math.floorDiv(shifted, 146_097L);
    int dayOfEra = (int) (shifted - era * 146_097L);
    int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int monthFromMarch = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
    int month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    int year = (int) (era * 400 + yearOfEra) + (month <= 2 ? 1 : 0);
    twoDigits(into, offset, year / 100);
    twoDigits(into, offset + 2, year % 100);
    into[offset + 4] = '-';
    twoDigits(into, offset + 5, month);
    into[offset + 7] = '-';
    twoDigits(into, offset + 8, day);
    timeOfDay(into, offset, second);
    return true;
  }

  /** Writes the part after the date, {@code THH:MM:SSZ}, of a formatted time at {@code offset}. */
  static void timeOfDay(byte[] into, int offset, int secondOfDay) {
    into[offset + 10] = 'T';
    twoDigits(into, offset + 11, secondOfDay / 3600);
    into[offset + 13] = ':';
    twoDigits(into, offset + 14, secondOfDay / 60 % 60);
    into[offset + 16] = ':';
    twoDigits(into, offset + 17, secondOfDay % 60);
    into[offset + 19] = 'Z';
  }

  /**
   * Writes an instant as {@code YYYY-MM-DDTHH:MM:SSZ}, with the microseconds before the {@code Z}
   * ({@code .uuuuuuZ}) only when it has some: exact to the precision every store keeps, for exports.
   */
  public static String formatExact(Instant instant) {
    String seconds = format(instant);
    int micros = instant.getNano() / 1_000;
    if (micros == 0) {
      return seconds;
    }
    return seconds.substring(0, seconds.length() - 1) + "." + String.format("%06d", micros) + "Z";
  }

  private static void twoDigits(byte[] text, int at, int value) {
    text[at] = (byte) ('0' + value / 10);
    text[at + 1] = (byte) ('0' + value % 10);
  }

  /** Truncates to the microsecond, the precision every store keeps. */
  public static Instant truncate(Instant instant) {
    // Times read back from a store are whole microseconds already: no new Instant for them.
    return instant.getNano() % 1_000 == 0 ? instant : instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Parses a date-time as given in a request body or a command option: date and time are required.
   *
   * @return the instant, or empty when the text is not one of the accepted forms
   */
  public static Optional<Instant> parseDateTime(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip();
    if (!DATE_TIME.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      int zoneAt = zoneStart(value);
      LocalDateTime local = LocalDateTime.parse(value.substring(0, zoneAt), LOCAL);
      ZoneOffset offset = zoneAt == value.length() ? ZoneOffset.UTC : parseOffset(value.substring(zoneAt));
      return Optional.of(truncate(OffsetDateTime.of(local, offset).toInstant()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses a date-time given as a list filter: every form of {@link #parseDateTime} and also a bare date (midnight UTC).
   *
   * @return the instant, or empty when the text is not one of the accepted forms
   */
  public static Optional<Instant> parseFilter(String text) {
    if (text != null && DATE_ONLY.matcher(text.strip()).matches()) {
      try {
        return Optional.of(LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return parseDateTime(text);
  }

  private static int zoneStart(String value) {
    int time = value.indexOf(':') - 2;
    for (int i = time; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
        return i;
      }
    }
    return value.length();
  }

  private static ZoneOffset parseOffset(String zone) {
    if (zone.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = Integer.parseInt(digits.substring(3, 5));
    if (minutes > 59) {
      throw new DateTimeException("offset minutes out of range");
    }
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
