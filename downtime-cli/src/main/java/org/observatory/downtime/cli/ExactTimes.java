package org.observatory.downtime.cli;

import java.time.Instant;
import org.observatory.downtime.core.model.Timestamps;

/**
 * Instants as {@code export} writes them: {@code YYYY-MM-DDTHH:MM:SSZ} like everywhere else, with the microseconds
 * after the seconds ({@code .uuuuuuZ}) only when the store kept some, so that an import restores the exact times.
 */
final class ExactTimes {

  private ExactTimes() {
  }

  static String format(Instant instant) {
    String seconds = Timestamps.format(instant);
    int micros = instant.getNano() / 1_000;
    if (micros == 0) {
      return seconds;
    }
    return seconds.substring(0, seconds.length() - 1) + "." + String.format("%06d", micros) + "Z";
  }
}
