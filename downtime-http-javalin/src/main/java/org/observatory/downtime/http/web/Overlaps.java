package org.observatory.downtime.http.web;

import java.util.List;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;

/** Finds other downtimes on the same telescope that overlap a downtime (touching ends do not count). */
final class Overlaps {

  private static final int LIMIT = 20;

  private Overlaps() {
  }

  static List<Downtime> of(FindDowntimesUseCase find, Downtime downtime) {
    DowntimeQuery query = DowntimeQuery.builder()
        .site(downtime.site()).enclosure(downtime.enclosure()).telescope(downtime.telescope())
        .overlapping(downtime.start(), downtime.end())
        .order(SortKey.asc(SortField.START)).limit(LIMIT + 1).build();
    return find.list(query).results().stream()
        .filter(other -> other.id() != downtime.id())
        .filter(other -> other.end().isAfter(downtime.start()) && other.start().isBefore(downtime.end()))
        .limit(LIMIT)
        .toList();
  }
}
