package org.observatory.downtime.persistence;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.Downtime;

/** The fixed statements on the change feed's tables; every value bound. */
final class ChangeRows {

  static final RowMapper<ChangeEvent> MAPPER = (rs, ctx) -> new ChangeEvent(
      rs.getLong("id"),
      ChangeEvent.Type.valueOf(rs.getString("type")),
      Micros.toInstant(rs.getLong("at_us")),
      rs.getString("actor"),
      AuditSnapshotJson.read(rs.getString("after_json")),
      AuditSnapshotJson.read(rs.getString("before_json")));

  private ChangeRows() {
  }

  /**
   * Records the event of one audited change (inside its write transaction; the JSON is the audit's snapshot), and
   * queues its webhook deliveries in the same transaction.
   */
  static void record(Handle handle, AuditEntry.Action action, String actor, long at, Downtime before, Downtime after,
                     String beforeJson, String afterJson) {
    Downtime now = after != null ? after : before;
    long id = handle.createQuery("INSERT INTO change_event (type, downtime_id, site, telescope, category, "
            + "previous_site, previous_telescope, previous_category, actor, at_us, before_json, after_json) VALUES "
            + "(:type, :downtime_id, :site, :telescope, :category, :previous_site, :previous_telescope, "
            + ":previous_category, :actor, :at_us, :before_json, :after_json) RETURNING id")
        .bind("type", ChangeEvent.Type.of(action).name())
        .bind("downtime_id", now.id())
        .bind("site", now.site())
        .bind("telescope", now.telescope())
        .bind("category", now.category())
        .bind("previous_site", before == null ? null : before.site())
        .bind("previous_telescope", before == null ? null : before.telescope())
        .bind("previous_category", before == null ? null : before.category())
        .bind("actor", actor)
        .bind("at_us", at)
        .bind("before_json", beforeJson)
        .bind("after_json", afterJson)
        .mapTo(Long.class).one();
    WebhookRows.queue(handle, new ChangeEvent(id, ChangeEvent.Type.of(action), Micros.toInstant(at), actor, after,
        before));
  }

  /** Events with an id above {@code after} that match the filter, oldest first. */
  static List<ChangeEvent> after(Handle handle, long after, ChangeFilter filter, int limit) {
    StringBuilder sql = new StringBuilder("SELECT id, type, actor, at_us, before_json, after_json FROM change_event "
        + "WHERE id > :after");
    if (filter.site().isPresent() || filter.telescope().isPresent() || filter.category().isPresent()) {
      sql.append(" AND ((").append(side(filter, "")).append(") OR (").append(side(filter, "previous_")).append("))");
    }
    Query query = handle.createQuery(sql.append(" ORDER BY id LIMIT :limit").toString())
        .bind("after", after).bind("limit", (long) limit);
    filter.site().ifPresent(site -> query.bind("site", site));
    filter.telescope().ifPresent(telescope -> query.bind("telescope", telescope));
    filter.category().ifPresent(category -> query.bind("category", category));
    return query.map(MAPPER).list();
  }

  // The filter's terms on the downtime after the change (prefix "") or before it ("previous_").
  private static String side(ChangeFilter filter, String prefix) {
    List<String> terms = new ArrayList<>(3);
    filter.site().ifPresent(site -> terms.add(prefix + "site = :site"));
    filter.telescope().ifPresent(telescope -> terms.add(prefix + "telescope = :telescope"));
    filter.category().ifPresent(category -> terms.add(prefix + "category = :category"));
    return String.join(" AND ", terms);
  }

  /** The id of the newest event ever recorded, 0 when none (pruned ones count: ids are never reused). */
  static long newest(Handle handle) {
    Long newest = handle.createQuery("SELECT MAX(id) FROM change_event").mapTo(Long.class).one();
    return Math.max(newest == null ? 0 : newest, prunedThrough(handle));
  }

  static long prunedThrough(Handle handle) {
    return handle.createQuery("SELECT pruned_through FROM change_feed_state WHERE only_row = 1")
        .mapTo(Long.class).one();
  }

  /** Removes events recorded before {@code beforeMicros} (inside a write transaction); how many went. */
  static int prune(Handle handle, long beforeMicros) {
    Long last = handle.createQuery("SELECT MAX(id) FROM change_event WHERE at_us < :before")
        .bind("before", beforeMicros).mapTo(Long.class).one();
    if (last == null) {
      return 0;
    }
    // Change times increase with ids (Transactions stamps each write later than the last), so this is a prefix.
    WebhookRows.pruned(handle, last);
    handle.createUpdate("UPDATE change_feed_state SET pruned_through = :last WHERE only_row = 1 "
        + "AND pruned_through < :last").bind("last", last).execute();
    return handle.createUpdate("DELETE FROM change_event WHERE id <= :last").bind("last", last).execute();
  }
}
