package org.observatory.downtime.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The few statements that differ between SQLite and PostgreSQL. */
enum Dialect {
  SQLITE("classpath:db/migration/sqlite") {
    @Override
    long nextSeriesId(Handle handle) {
      return handle.createQuery("UPDATE series_counter SET last_id = last_id + 1 WHERE only_row = 1 RETURNING last_id")
          .mapTo(Long.class).one();
    }

    @Override
    void advanceCounters(Handle handle, long restoredId, long restoredSeriesId) {
      // AUTOINCREMENT keeps sqlite_sequence at the largest id ever inserted, explicit ones included.
      handle.createUpdate("UPDATE series_counter SET last_id = MAX(last_id, :series) WHERE only_row = 1")
          .bind("series", restoredSeriesId).execute();
    }

    @Override
    void serialiseWrites(Handle handle) {
      // SQLite writers are serialised by the single-connection write pool and BEGIN IMMEDIATE.
    }

    @Override
    String explainPrefix() {
      return "EXPLAIN QUERY PLAN ";
    }

    @Override
    String noLimit() {
      return "LIMIT -1";
    }

    @Override
    Optional<List<Long>> reserveIds(Handle handle, int count) {
      // A rowid table lies in id order whatever the order of the inserts: nothing to gain.
      return Optional.empty();
    }
  },

  POSTGRESQL("classpath:db/migration/postgresql") {
    @Override
    long nextSeriesId(Handle handle) {
      return handle.createQuery("SELECT nextval('downtime_series_id')").mapTo(Long.class).one();
    }

    @Override
    Optional<List<Long>> reserveIds(Handle handle, int count) {
      return Optional.of(count == 0 ? List.of() : handle.createQuery("SELECT nextval(pg_get_serial_sequence("
          + "'downtime', 'id')) AS id FROM generate_series(1, :count) ORDER BY id").bind("count", count)
          .mapTo(Long.class).list());
    }

    @Override
    void advanceCounters(Handle handle, long restoredId, long restoredSeriesId) {
      // Explicit ids do not move an identity's sequence; never move one back either (ids are not reused).
      handle.createQuery("SELECT setval(pg_get_serial_sequence('downtime', 'id'), GREATEST(:id, COALESCE("
          + "pg_sequence_last_value(pg_get_serial_sequence('downtime', 'id')::regclass), 0)))")
          .bind("id", restoredId).mapTo(Long.class).one();
      handle.createQuery("SELECT setval('downtime_series_id', GREATEST(:series, COALESCE("
          + "pg_sequence_last_value('downtime_series_id'::regclass), 0)))")
          .bind("series", restoredSeriesId).mapTo(Long.class).one();
    }

    @Override
    void serialiseWrites(Handle handle) {
      // One writer at a time across every instance, so change times increase in commit order and
      // lastModified() moves forward on every write (readers are never blocked).
      handle.createQuery("SELECT pg_advisory_xact_lock(" + WRITE_LOCK_KEY + ")").mapTo(String.class).one();
    }

    @Override
    String explainPrefix() {
      return "EXPLAIN ";
    }

    @Override
    String noLimit() {
      return "";
    }
  };

  /** An arbitrary constant naming the downtime write lock among the database's advisory locks. */
  static final long WRITE_LOCK_KEY = 0x446f776e74696d65L;

  private final String migrations;

  Dialect(String migrations) {
    this.migrations = migrations;
  }

  static Dialect of(PersistenceConfig.Engine engine) {
    return engine == PersistenceConfig.Engine.SQLITE ? SQLITE : POSTGRESQL;
  }

  /** The Flyway location of this vendor's migrations. */
  String migrations() {
    return migrations;
  }

  /** Allocates the next series id (inside a write transaction). */
  abstract long nextSeriesId(Handle handle);

  /**
   * Makes ids and series ids handed out from now on greater than {@code restoredId} and {@code restoredSeriesId}
   * (at least 1 each), never smaller than before (inside a write transaction, before or after the rows with those ids
   * are inserted).
   */
  abstract void advanceCounters(Handle handle, long restoredId, long restoredSeriesId);

  /**
   * Takes the next {@code count} ids, in ascending order, for rows to be inserted in another order than they are
   * numbered (inside a write transaction); empty, taking none, where the order of the inserts makes no difference to
   * how rows are stored.
   */
  abstract Optional<List<Long>> reserveIds(Handle handle, int count);

  /** Called first in every write transaction: waits until no other writer holds the store. */
  abstract void serialiseWrites(Handle handle);

  /** Prefix that turns a query into a request for its plan. */
  abstract String explainPrefix();

  /** The clause for "no row limit" (SQLite needs a LIMIT before OFFSET). */
  abstract String noLimit();
}
