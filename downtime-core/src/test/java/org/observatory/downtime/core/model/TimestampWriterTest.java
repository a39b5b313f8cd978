package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TimestampWriter} writes what {@link Timestamps#format} does, whichever days it has seen before. */
class TimestampWriterTest {

  @Test
  void write_manyTimesOnFewDaysAndOnManyDays_matchesFormat() {
    Random random = new Random(20261129);
    TimestampWriter writer = new TimestampWriter();
    long base = Instant.parse("2020-03-01T00:00:00Z").getEpochSecond();
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    byte[] into = new byte[Timestamps.FORMATTED_LENGTH + 5];
    for (int i = 0; i < 100_000; i++) {
      // days that share a slot of the writer's memory (64 days apart), near days, and any day of the four-digit years
      long seconds = switch (i % 3) {
        case 0 -> base + 64L * 86_400 * random.nextInt(4) + random.nextInt(86_400);
        case 1 -> base + random.nextInt(40 * 86_400);
        default -> first + (long) (random.nextDouble() * (last - first));
      };
      Instant instant = Instant.ofEpochSecond(seconds, random.nextInt(1_000_000_000));
      assertThat(writer.write(instant, into, 5)).isTrue();
      assertThat(new String(into, 5, Timestamps.FORMATTED_LENGTH, StandardCharsets.US_ASCII)).as("%s", instant)
          .isEqualTo(Timestamps.format(instant));
    }
  }

  @Test
  void write_edgesOfTheFourDigitYears_writesThemAndNothingBeyond() {
    TimestampWriter writer = new TimestampWriter();
    byte[] into = new byte[Timestamps.FORMATTED_LENGTH];
    for (String text : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "1969-12-31T23:59:59.5Z"}) {
      assertThat(writer.write(Instant.parse(text), into, 0)).isTrue();
      assertThat(new String(into, StandardCharsets.US_ASCII)).isEqualTo(Timestamps.format(Instant.parse(text)));
    }
    byte[] untouched = new byte[Timestamps.FORMATTED_LENGTH];
    assertThat(writer.write(Instant.parse("+10000-01-01T00:00:00Z"), untouched, 0)).isFalse();
    assertThat(writer.write(Instant.parse("-0001-12-31T23:59:59Z"), untouched, 0)).isFalse();
    assertThat(untouched).containsOnly(0);
  }
}
