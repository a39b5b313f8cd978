package org.observatory.downtime.core.model;

import java.util.List;

/**
 * One page of a list query.
 *
 * @param count   how many downtimes match the query in all pages
 * @param results the downtimes of this page, in the query's order
 */
public record DowntimePage(long count, List<Downtime> results) {

  public DowntimePage {
    results = List.copyOf(results);
  }
}
