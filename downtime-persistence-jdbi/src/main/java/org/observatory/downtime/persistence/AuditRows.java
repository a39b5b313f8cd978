package org.observatory.downtime.persistence;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.Downtime;

/** The fixed statements on the audit table; every value bound. */
final class AuditRows {

  private static final String COLUMNS = "id, downtime_id, action, actor, at_us, before_json, after_json";

  private static final RowMapper<AuditEntry> MAPPER = (rs, ctx) -> new AuditEntry(
      rs.getLong("id"),
      rs.getLong("downtime_id"),
      AuditEntry.Action.valueOf(rs.getString("action")),
      rs.getString("actor"),
      Micros.toInstant(rs.getLong("at_us")),
      AuditSnapshotJson.read(rs.getString("before_json")),
      AuditSnapshotJson.read(rs.getString("after_json")));

  private AuditRows() {
  }

  /**
   * Records one change, and its event of the change feed ({@link ChangeRows}) in the same transaction;
   * {@code before} is null for a creation, {@code after} for a deletion.
   */
  static void record(Handle handle, AuditEntry.Action action, String actor, long at, Downtime before, Downtime after) {
    long downtimeId = after != null ? after.id() : before.id();
    String beforeJson = AuditSnapshotJson.write(before);
    String afterJson = AuditSnapshotJson.write(after);
    handle.createUpdate("INSERT INTO audit_entry (downtime_id, action, actor, at_us, before_json, after_json) "
            + "VALUES (:downtime_id, :action, :actor, :at_us, :before_json, :after_json)")
        .bind("downtime_id", downtimeId)
        .bind("action", action.name())
        .bind("actor", actor)
        .bind("at_us", at)
        .bind("before_json", beforeJson)
        .bind("after_json", afterJson)
        .execute();
    ChangeRows.record(handle, action, actor, at, before, after, beforeJson, afterJson);
  }

  static List<AuditEntry> history(Handle handle, long downtimeId) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE downtime_id = :downtime_id ORDER BY id")
        .bind("downtime_id", downtimeId).map(MAPPER).list();
  }

  static List<AuditEntry> since(Handle handle, long sinceMicros, int limit) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE at_us >= :since ORDER BY at_us, id "
            + "LIMIT :limit")
        .bind("since", sinceMicros).bind("limit", (long) limit).map(MAPPER).list();
  }

  /** The newest change time, or null when nothing was ever written. */
  static Long newest(Handle handle) {
    return handle.createQuery("SELECT MAX(at_us) FROM audit_entry").mapTo(Long.class).one();
  }
}
