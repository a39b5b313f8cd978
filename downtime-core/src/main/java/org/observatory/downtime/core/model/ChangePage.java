package org.observatory.downtime.core.model;

import java.util.List;

/**
 * One page of the change feed, oldest first.
 *
 * @param results the events after the cursor asked for
 * @param next    the cursor to read on from: every event up to it was read (or filtered out)
 */
public record ChangePage(List<ChangeEvent> results, long next) {

  public ChangePage {
    results = List.copyOf(results);
  }
}
