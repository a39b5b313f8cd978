package org.observatory.downtime.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.query.DowntimeQuery;

/** The fixed statements on the downtime table; every value bound. */
final class DowntimeRows {

  /** Ids per statement when working on many rows: well below every driver's parameter limit. */
  static final int CHUNK = 500;

  private static final String INSERT = insertNew(false);
  private static final String INSERT_NUMBERED = insertNew(true);
  private static final String RESTORE = "INSERT INTO downtime (id, start_us, end_us, site, enclosure, telescope, "
      + "instrument_type, reason, reason_folded, created_us, modified_us, created_by, series_id, category) "
      + "VALUES (:id, :start_us, "
      + ":end_us, :site, :enclosure, :telescope, :instrument_type, :reason, :reason_folded, :created_us, :modified_us, "
      + ":created_by, :series_id, :category)";
  private static final String UPDATE = "UPDATE downtime SET start_us = :start_us, end_us = :end_us, site = :site, "
      + "enclosure = :enclosure, telescope = :telescope, instrument_type = :instrument_type, reason = :reason, "
      + "reason_folded = :reason_folded, modified_us = :now, series_id = :series_id, category = :category "
      + "WHERE id = :id RETURNING "
      + DowntimeSql.COLUMNS;

  private DowntimeRows() {
  }

  static Downtime insert(Handle handle, DowntimeDraft draft, long now) {
    return inserted(handle.createQuery(INSERT), draft, now);
  }

  /** Inserts a new downtime under an id taken beforehand ({@link Dialect#reserveIds}). */
  static Downtime insert(Handle handle, DowntimeDraft draft, long now, long id) {
    return inserted(handle.createQuery(INSERT_NUMBERED).bind("id", id), draft, now);
  }

  private static Downtime inserted(Query insert, DowntimeDraft draft, long now) {
    return values(insert, draft, now).bind("created_by", draft.createdBy()).map(new DowntimeRowMapper()).one();
  }

  // A new downtime: created and modified now; its id from the table's sequence unless numbered beforehand.
  private static String insertNew(boolean numbered) {
    return "INSERT INTO downtime (" + (numbered ? "id, " : "") + "start_us, end_us, site, enclosure, telescope, "
        + "instrument_type, reason, reason_folded, created_us, modified_us, created_by, series_id, category) VALUES ("
        + (numbered ? ":id, " : "") + ":start_us, :end_us, :site, :enclosure, :telescope, :instrument_type, :reason, "
        + ":reason_folded, :now, :now, :created_by, :series_id, :category) RETURNING " + DowntimeSql.COLUMNS;
  }

  /** Inserts a downtime with its own id, times, creator and series, as it was exported. */
  static void restore(Handle handle, Downtime downtime) {
    handle.createUpdate(RESTORE)
        .bind("id", downtime.id())
        .bind("start_us", Micros.of(downtime.start()))
        .bind("end_us", Micros.of(downtime.end()))
        .bind("site", downtime.site())
        .bind("enclosure", downtime.enclosure())
        .bind("telescope", downtime.telescope())
        .bind("instrument_type", downtime.instrumentType())
        .bind("reason", downtime.reason())
        .bind("reason_folded", DowntimeQuery.fold(downtime.reason()))
        .bind("series_id", downtime.seriesId())
        .bind("created_us", Micros.of(downtime.created()))
        .bind("modified_us", Micros.of(downtime.modified()))
        .bind("created_by", downtime.createdBy())
        .bind("category", downtime.category())
        .execute();
  }

  /** Replaces the values of a row, keeping id, created and created_by; empty when there is no such row. */
  static Optional<Downtime> update(Handle handle, long id, DowntimeDraft draft, long now) {
    return values(handle.createQuery(UPDATE), draft, now).bind("id", id).map(new DowntimeRowMapper()).findOne();
  }

  static Optional<Downtime> findById(Handle handle, long id) {
    return handle.createQuery("SELECT " + DowntimeSql.COLUMNS + " FROM downtime WHERE id = :id")
        .bind("id", id).map(new DowntimeRowMapper()).findOne();
  }

  /** The rows with these ids, in ascending id order. */
  static List<Downtime> findByIds(Handle handle, Collection<Long> ids) {
    List<Downtime> found = new ArrayList<>();
    for (List<Long> chunk : chunks(ids)) {
      found.addAll(ids(handle.createQuery("SELECT " + DowntimeSql.COLUMNS + " FROM downtime WHERE id IN ("
              + placeholders(chunk.size()) + ")"), chunk).map(new DowntimeRowMapper()).list());
    }
    found.sort(java.util.Comparator.comparingLong(Downtime::id));
    return found;
  }

  static void deleteByIds(Handle handle, Collection<Long> ids) {
    for (List<Long> chunk : chunks(ids)) {
      ids(handle.createUpdate("DELETE FROM downtime WHERE id IN (" + placeholders(chunk.size()) + ")"), chunk)
          .execute();
    }
  }

  private static <S extends SqlStatement<S>> S values(S statement, DowntimeDraft draft, long now) {
    return statement
        .bind("start_us", Micros.of(draft.start()))
        .bind("end_us", Micros.of(draft.end()))
        .bind("site", draft.site())
        .bind("enclosure", draft.enclosure())
        .bind("telescope", draft.telescope())
        .bind("instrument_type", draft.instrumentType())
        .bind("reason", draft.reason())
        .bind("reason_folded", DowntimeQuery.fold(draft.reason()))
        .bind("now", now)
        .bind("series_id", draft.seriesId())
        .bind("category", draft.category());
  }

  private static <S extends SqlStatement<S>> S ids(S statement, List<Long> ids) {
    for (int i = 0; i < ids.size(); i++) {
      statement.bind(i, ids.get(i).longValue());
    }
    return statement;
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      chunks.add(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
    }
    return chunks;
  }
}
