package org.observatory.downtime.http.api;

import java.util.Objects;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * Everything that decides the bytes of a cached list answer, apart from the data itself; equal by value.
 *
 * @param origin     {@code scheme://host[:port]/path} the client used (it starts the {@code next}/{@code previous}
 *                   links)
 * @param format     the representation, e.g. {@code json}
 * @param query      the query the answer was read with: filters, order, limit, offset (a record, equal by value)
 * @param parameters the request's parameters as the page links repeat them (sorted by name, unknown ones included)
 */
record AnswerKey(String origin, String format, DowntimeQuery query, String parameters) {

  // Heap held by a query record with a few filters, whatever they are (sets, ranges, strings of the parameters).
  private static final long QUERY_WEIGHT = 512;

  AnswerKey {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(parameters, "parameters");
  }

  /** Approximate bytes this key holds on the heap (two bytes a character, plus object overhead). */
  long weight() {
    return 64L + QUERY_WEIGHT + 2L * (origin.length() + format.length() + parameters.length());
  }
}
