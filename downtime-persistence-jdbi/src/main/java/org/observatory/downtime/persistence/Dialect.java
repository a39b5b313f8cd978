package org.observatory.downtime.persistence;

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
  },

  POSTGRESQL("classpath:db/migration/postgresql") {
    @Override
    long nextSeriesId(Handle handle) {
      return handle.createQuery("SELECT nextval('downtime_series_id')").mapTo(Long.class).one();
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

  /** Called first in every write transaction: waits until no other writer holds the store. */
  abstract void serialiseWrites(Handle handle);

  /** Prefix that turns a query into a request for its plan. */
  abstract String explainPrefix();

  /** The clause for "no row limit" (SQLite needs a LIMIT before OFFSET). */
  abstract String noLimit();
}
