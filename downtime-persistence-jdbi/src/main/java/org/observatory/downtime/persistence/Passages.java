package org.observatory.downtime.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.Downtime;

/** Records the change feed's {@code STARTED} and {@code ENDED} events (inside a write transaction). */
final class Passages {

  // The first check ever looks this far back (µs), so a downtime starting as the service first starts is not missed.
  static final long FIRST_LOOK_BACK = 120_000_000L;

  private record Passage(ChangeEvent.Type type, long atMicros, Downtime downtime) {
  }

  private Passages() {
  }

  /** Records the passages in (last checked, {@code nowMicros}] and remembers {@code nowMicros}; how many were new. */
  static int record(Handle handle, long nowMicros, long changeTime) {
    Long checked = handle.createQuery("SELECT passages_through_us FROM change_feed_state WHERE only_row = 1")
        .mapTo(Long.class).one();
    long from = checked == null ? nowMicros - FIRST_LOOK_BACK : checked;
    if (from >= nowMicros) {
      return 0;
    }
    Long longest = handle.createQuery("SELECT MAX(duration_us) FROM downtime").mapTo(Long.class).one();
    List<Passage> passages = new ArrayList<>();
    handle.createQuery("SELECT " + DowntimeSql.COLUMNS + " FROM downtime WHERE start_us > :from AND start_us <= :to")
        .bind("from", from).bind("to", nowMicros).map(new DowntimeRowMapper())
        .forEach(d -> passages.add(new Passage(ChangeEvent.Type.STARTED, Micros.of(d.start()), d)));
    // end > from implies start > from - the longest duration: the start index bounds the scan.
    handle.createQuery("SELECT " + DowntimeSql.COLUMNS + " FROM downtime WHERE start_us > :low AND start_us <= :to "
            + "AND end_us > :from AND end_us <= :to")
        .bind("low", from - (longest == null ? 0 : longest)).bind("from", from).bind("to", nowMicros)
        .map(new DowntimeRowMapper())
        .forEach(d -> passages.add(new Passage(ChangeEvent.Type.ENDED, Micros.of(d.end()), d)));
    passages.sort(Comparator.comparingLong(Passage::atMicros).thenComparingLong(p -> p.downtime().id()));
    int recorded = 0;
    for (Passage passage : passages) {
      recorded += insert(handle, passage, changeTime);
    }
    handle.createUpdate("UPDATE change_feed_state SET passages_through_us = :now WHERE only_row = 1")
        .bind("now", nowMicros).execute();
    return recorded;
  }

  private static int insert(Handle handle, Passage passage, long changeTime) {
    Downtime d = passage.downtime();
    Optional<Long> id = handle.createQuery("INSERT INTO change_event (type, downtime_id, site, telescope, category, "
            + "actor, at_us, after_json, once_key) VALUES (:type, :downtime_id, :site, :telescope, :category, '', "
            + ":at_us, :after_json, :once_key) ON CONFLICT (once_key) DO NOTHING RETURNING id")
        .bind("type", passage.type().name())
        .bind("downtime_id", d.id())
        .bind("site", d.site())
        .bind("telescope", d.telescope())
        .bind("category", d.category())
        .bind("at_us", changeTime)
        .bind("after_json", AuditSnapshotJson.write(d))
        .bind("once_key", passage.type().name() + ":" + d.id() + ":" + passage.atMicros())
        .mapTo(Long.class).findOne();
    // Queued in this transaction, like every event; an event another instance recorded already is not queued again.
    id.ifPresent(eventId -> WebhookRows.queue(handle, new ChangeEvent(eventId, passage.type(),
        Micros.toInstant(changeTime), "", d, null)));
    return id.isPresent() ? 1 : 0;
  }
}
