package org.observatory.downtime.persistence;

import java.time.Instant;

/** Instants as stored: microseconds since the epoch, UTC. */
final class Micros {

  // Query bounds are clamped to this magnitude: far beyond any storable instant (years 1-9999 are about
  // ±2.6e17 µs), yet small enough that "bound - longest duration" cannot overflow a 64-bit integer.
  private static final long QUERY_LIMIT = 1L << 60;

  /** The first instant a downtime may have: 0001-01-01T00:00:00Z, as in the old service. */
  static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  /** The last instant a downtime may have: 9999-12-31T23:59:59.999999Z. */
  static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

  private Micros() {
  }

  static long of(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  /** A query bound: any instant, clamped so that arithmetic on it in SQL stays within 64 bits. */
  static long bound(Instant instant) {
    if (instant.isBefore(FIRST)) {
      return -QUERY_LIMIT;
    }
    if (instant.isAfter(LAST)) {
      return QUERY_LIMIT;
    }
    return of(instant);
  }

  static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  static boolean storable(Instant instant) {
    return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
  }
}
