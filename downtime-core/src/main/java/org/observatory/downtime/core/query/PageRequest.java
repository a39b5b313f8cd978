package org.observatory.downtime.core.query;

/**
 * Which part of an ordered result is asked for.
 *
 * @param limit  page size, at least 1; {@link DowntimeQuery#UNLIMITED} for every row
 * @param offset how many matching rows to skip, at least 0
 */
public record PageRequest(int limit, int offset) {

  /** The first page of {@link DowntimeQuery#DEFAULT_LIMIT} rows. */
  public static final PageRequest FIRST = new PageRequest(DowntimeQuery.DEFAULT_LIMIT, 0);

  /** Anything below 1 as limit means {@link DowntimeQuery#DEFAULT_LIMIT}; anything below 0 as offset means 0. */
  public PageRequest {
    limit = limit < 1 ? DowntimeQuery.DEFAULT_LIMIT : limit;
    offset = Math.max(0, offset);
  }
}
