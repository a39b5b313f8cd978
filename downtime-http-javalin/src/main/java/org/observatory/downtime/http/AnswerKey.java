package org.observatory.downtime.http;

import java.util.Objects;

/**
 * Everything that decides the bytes of a cached list answer, apart from the data itself.
 *
 * @param origin     {@code scheme://host[:port]} the client used (it starts the {@code next}/{@code previous} links)
 * @param format     the representation, e.g. {@code json}
 * @param query      the normalised query ({@code DowntimeQuery.toString()}): filters, order, limit, offset
 * @param parameters the request's parameters as the page links repeat them (sorted by name, unknown ones included)
 */
record AnswerKey(String origin, String format, String query, String parameters) {

  AnswerKey {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(parameters, "parameters");
  }

  /** Approximate bytes this key holds on the heap (two bytes a character, plus object overhead). */
  long weight() {
    return 64L + 2L * (origin.length() + format.length() + query.length() + parameters.length());
  }
}
