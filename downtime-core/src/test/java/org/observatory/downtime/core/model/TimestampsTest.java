package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  @Test
  void format_anyInstant_isWholeSecondsWithZ() {
    assertThat(Timestamps.format(Instant.parse("2026-12-01T10:00:00.999999Z"))).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(Timestamps.format(Instant.parse("0999-01-02T03:04:05Z"))).isEqualTo("0999-01-02T03:04:05Z");
  }

  @Test
  void format_everyDayOfTheFourDigitYears_sameAsTheJavaFormatter() {
    java.time.format.DateTimeFormatter formatter =
        java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);
    java.util.Random random = new java.util.Random(7);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (long day = first; day <= last; day += 86_400) {
      Instant instant = Instant.ofEpochSecond(day + random.nextInt(86_400), random.nextInt(1_000_000_000));
      assertThat(Timestamps.format(instant)).as("%s", instant).isEqualTo(formatter.format(instant));
    }
    assertThat(Timestamps.format(Instant.ofEpochSecond(last))).isEqualTo("9999-12-31T23:59:59Z");
    assertThat(Timestamps.format(Instant.ofEpochSecond(first))).isEqualTo("0000-01-01T00:00:00Z");
    assertThat(Timestamps.format(Instant.parse("2000-02-29T23:59:59Z"))).isEqualTo("2000-02-29T23:59:59Z");
    assertThat(Timestamps.format(Instant.parse("1900-03-01T00:00:00Z"))).isEqualTo("1900-03-01T00:00:00Z");
    assertThat(Timestamps.format(Instant.parse("1969-12-31T23:59:59Z"))).isEqualTo("1969-12-31T23:59:59Z");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2017-11-27 14:45:00|2017-11-27T14:45:00Z",
      "2017-11-27 14:45|2017-11-27T14:45:00Z",
      "2017-11-27T14:45:00|2017-11-27T14:45:00Z",
      "2017-11-27T14:45|2017-11-27T14:45:00Z",
      "2017-11-27T14:45:00.5|2017-11-27T14:45:00.500Z",
      "2017-11-27T14:45:00.123456Z|2017-11-27T14:45:00.123456Z",
      "2017-11-27T14:45:00.123456789Z|2017-11-27T14:45:00.123456Z",
      "2017-11-27T14:45:00+02:00|2017-11-27T12:45:00Z",
      "2017-11-27 14:45:00-05:30|2017-11-27T20:15:00Z",
      "2026-11-23T10:00:00.123456+00:00|2026-11-23T10:00:00.123456Z",
      "2017-11-27T14:45:00z|2017-11-27T14:45:00Z",
  })
  void parseDateTime_acceptedForms_areReadAsUtc(String text, String expected) {
    assertThat(Timestamps.parseDateTime(text)).contains(Instant.parse(expected));
    assertThat(Timestamps.parseFilter(text)).contains(Instant.parse(expected));
  }

  @Test
  void parseFilter_bareDate_isMidnightUtc() {
    assertThat(Timestamps.parseFilter("2017-11-27")).contains(Instant.parse("2017-11-27T00:00:00Z"));
  }

  @Test
  void parseDateTime_bareDate_isRefused() {
    assertThat(Timestamps.parseDateTime("2017-11-27")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "yesterday", "2017-13-01 00:00", "2017-02-30T00:00:00", "2017-11-27T25:00",
      "2017-11-27T14:60", "2017-11-27T14:45:61", "2017-11-27T14:45:00+25:00", "2017-11-27T14:45:00+02:99",
      "27/11/2017 14:45", "2017-11-27T14:45:00.Z", "2017-11-27T14:45:00.1234567890", "99999-11-27T14:45:00",
      "2017-11-27T14:45:00 UTC", "1511793900"})
  void parseFilter_anythingElse_isRefused(String text) {
    assertThat(Timestamps.parseFilter(text)).isEmpty();
    assertThat(Timestamps.parseDateTime(text)).isEmpty();
  }

  @Test
  void parse_null_isEmpty() {
    assertThat(Timestamps.parseDateTime(null)).isEmpty();
    assertThat(Timestamps.parseFilter(null)).isEmpty();
  }
}
