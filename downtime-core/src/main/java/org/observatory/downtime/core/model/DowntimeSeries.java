package org.observatory.downtime.core.model;

import java.util.List;

/**
 * The occurrences of one recurring series: ordinary downtimes sharing a series id.
 *
 * @param id          the series id, as in {@link Downtime#seriesId()}
 * @param occurrences the occurrences, by start
 */
public record DowntimeSeries(long id, List<Downtime> occurrences) {

  public DowntimeSeries {
    occurrences = List.copyOf(occurrences);
  }
}
