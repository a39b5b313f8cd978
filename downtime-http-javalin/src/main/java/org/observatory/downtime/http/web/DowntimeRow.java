package org.observatory.downtime.http.web;

import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Timestamps;

/**
 * One downtime as a table row, with its times written in UTC.
 *
 * @param instrumentType the instrument type, or {@code ""} for the whole telescope
 * @param seriesId       the recurring series it belongs to, or {@code null}
 * @param category       what it is for, or {@code ""}
 */
public record DowntimeRow(long id, String start, String end, String site, String enclosure, String telescope,
    String instrumentType, String reason, String createdBy, String modified, Long seriesId, String category) {

  public static DowntimeRow of(Downtime downtime) {
    return new DowntimeRow(downtime.id(), Timestamps.format(downtime.start()), Timestamps.format(downtime.end()),
        downtime.site(), downtime.enclosure(), downtime.telescope(), downtime.instrumentType(), downtime.reason(),
        downtime.createdBy(), Timestamps.format(downtime.modified()), downtime.seriesId(),
        downtime.category());
  }

  public String telescopeKey() {
    return site + "." + enclosure + "." + telescope;
  }
}
