package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of {@link Timestamps#format} writes exactly what the pattern formatter writes. */
class TimestampsFormatTest {

  private static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  @Test
  void format_randomInstantsOfEveryYear_matchesThePatternFormatter() {
    Random random = new Random(20261123);
    long first = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      Instant instant = Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first)), random.nextInt(1_000_000_000));
      assertThat(Timestamps.format(instant)).isEqualTo(REFERENCE.format(instant));
    }
  }

  @Test
  void format_edgesOfTheFourDigitYears_matchesThePatternFormatter() {
    for (String text : new String[] {"0000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "9999-12-31T23:59:59.999999Z",
        "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z", "2024-02-29T12:34:56Z"}) {
      Instant instant = Instant.parse(text);
      assertThat(Timestamps.format(instant)).as(text).isEqualTo(REFERENCE.format(instant));
    }
  }

  @Test
  void formatAscii_fourDigitYears_writesTheFormattedTextAtTheOffset() {
    for (String text : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "2020-03-01T04:05:06Z"}) {
      Instant instant = Instant.parse(text);
      byte[] into = new byte[Timestamps.FORMATTED_LENGTH + 3];
      assertThat(Timestamps.formatAscii(instant, into, 3)).isTrue();
      assertThat(new String(into, 3, Timestamps.FORMATTED_LENGTH, StandardCharsets.US_ASCII))
          .isEqualTo(Timestamps.format(instant));
    }
  }

  @Test
  void formatAscii_yearsBeyondFourDigits_writesNothing() {
    byte[] into = new byte[Timestamps.FORMATTED_LENGTH];
    assertThat(Timestamps.formatAscii(Instant.parse("+10000-01-01T00:00:00Z"), into, 0)).isFalse();
    assertThat(Timestamps.formatAscii(Instant.parse("-0001-12-31T23:59:59Z"), into, 0)).isFalse();
    assertThat(into).containsOnly(0);
  }
}
