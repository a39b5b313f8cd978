package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Arrays;

/**
 * Writes instants as {@link Timestamps#formatAscii} does, remembering the date text of the last days it wrote: the
 * times of one answer fall on few days (a list answer writes four per downtime), so the calendar arithmetic runs once
 * per day instead of once per time. One per answer; not thread-safe.
 */
public final class TimestampWriter {

  private static final int SLOTS = 64;
  private static final int DATE_LENGTH = 10;
  private static final long SECONDS_PER_DAY = 86_400L;

  private final long[] days = new long[SLOTS];
  private final byte[] dates = new byte[SLOTS * DATE_LENGTH];
  private final byte[] scratch = new byte[Timestamps.FORMATTED_LENGTH];

  public TimestampWriter() {
    Arrays.fill(days, Long.MIN_VALUE);
  }

  /**
   * Writes {@code YYYY-MM-DDTHH:MM:SSZ} ({@link Timestamps#FORMATTED_LENGTH} bytes) into {@code into} from
   * {@code offset}.
   *
   * @return whether it was written; {@code false} (nothing written) for a year outside 0000 to 9999
   */
  public boolean write(Instant instant, byte[] into, int offset) {
    long seconds = instant.getEpochSecond();
    long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int slot = (int) (day & (SLOTS - 1));
    if (days[slot] != day) {
      if (!Timestamps.formatAscii(instant, scratch, 0)) {
        return false;
      }
      days[slot] = day;
      System.arraycopy(scratch, 0, dates, slot * DATE_LENGTH, DATE_LENGTH);
    }
    System.arraycopy(dates, slot * DATE_LENGTH, into, offset, DATE_LENGTH);
    Timestamps.timeOfDay(into, offset, (int) (seconds - day * SECONDS_PER_DAY));
    return true;
  }
}
