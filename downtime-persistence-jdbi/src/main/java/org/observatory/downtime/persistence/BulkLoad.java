package org.observatory.downtime.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeExistsException;

/**
 * Writes an import inside its write transaction: restored downtimes under their own ids, new ones numbered in the
 * file's order after every id restored, each audited as created, the answer in the file's order.
 *
 * <p>On PostgreSQL the rows are inserted in start order, whatever the file's: a bulk load then lies in the table in
 * time order, so a time-window query (the schedulers') reads a few neighbouring pages instead of about one page per
 * row (measured on 100 000 random rows: 15 instead of 430 pages for a 14-day window). On SQLite a table is stored in
 * id order whatever the order of the inserts.
 */
final class BulkLoad {

  private record Row(Instant start, Downtime restored, int createdIndex) {
  }

  private BulkLoad() {
  }

  static List<Downtime> write(Handle handle, Dialect dialect, List<Downtime> restored, List<DowntimeDraft> created,
                              String actor, long now) {
    Set<Long> taken = DowntimeRows.findByIds(handle, restored.stream().map(Downtime::id).toList()).stream()
        .map(Downtime::id).collect(Collectors.toSet());
    for (Downtime downtime : restored) {
      if (taken.contains(downtime.id())) {
        throw new DowntimeExistsException(downtime.id());
      }
    }
    if (!restored.isEmpty()) {
      dialect.advanceCounters(handle, restored.stream().mapToLong(Downtime::id).max().orElseThrow(),
          restored.stream().map(Downtime::seriesId).filter(Objects::nonNull).mapToLong(Long::longValue).max()
              .orElse(1));
    }
    Optional<List<Long>> reserved = dialect.reserveIds(handle, created.size());
    List<Row> rows = new ArrayList<>(restored.size() + created.size());
    restored.forEach(downtime -> rows.add(new Row(downtime.start(), downtime, -1)));
    for (int i = 0; i < created.size(); i++) {
      rows.add(new Row(created.get(i).start(), null, i));
    }
    // A stable sort: rows that start together keep the file's order.
    List<Row> insertOrder = reserved.isEmpty() ? rows
        : rows.stream().sorted(Comparator.comparing(Row::start)).toList();
    Downtime[] news = new Downtime[created.size()];
    for (Row row : insertOrder) {
      Downtime written = row.restored();
      if (written != null) {
        DowntimeRows.restore(handle, written);
      } else {
        DowntimeDraft draft = created.get(row.createdIndex());
        written = reserved.isEmpty() ? DowntimeRows.insert(handle, draft, now)
            : DowntimeRows.insert(handle, draft, now, reserved.get().get(row.createdIndex()));
        news[row.createdIndex()] = written;
      }
      AuditRows.record(handle, AuditEntry.Action.CREATE, actor, now, null, written);
    }
    List<Downtime> stored = new ArrayList<>(restored);
    stored.addAll(List.of(news));
    return List.copyOf(stored);
  }
}
