package org.observatory.downtime.http.web;

import java.time.Instant;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * The time window a timeline shows, taken from the list filters: from {@code ends_after} (or {@code starts_after},
 * or now) to {@code starts_before} (or {@code ends_before}, or {@value #DAYS} days later).
 */
record TimelineWindow(Instant from, Instant to) {

  static final int DAYS = 14;

  static TimelineWindow of(DowntimeQuery query, Instant now) {
    Instant end = query.startsBefore().or(query::endsBefore).orElse(null);
    Instant from = query.endsAfter().or(query::startsAfter)
        .orElse(end != null ? end.minus(Timeline.DEFAULT_WINDOW) : now);
    Instant to = end != null && end.isAfter(from) ? end : from.plus(Timeline.DEFAULT_WINDOW);
    return new TimelineWindow(from, to);
  }
}
