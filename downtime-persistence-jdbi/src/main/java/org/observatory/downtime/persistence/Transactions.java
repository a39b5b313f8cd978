package org.observatory.downtime.persistence;

import java.time.Clock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.observatory.downtime.core.model.Timestamps;

/**
 * How the repositories run their statements: reads on a pooled connection (or in one read-only transaction, for a
 * consistent snapshot), and write transactions that are serialised and stamped with a change time; a Jdbi for reads
 * and one for writes (the same one on PostgreSQL). Driver failures leave here as the core's
 * {@link org.observatory.downtime.core.model.UnavailableException} ({@link ExceptionTranslator}).
 */
final class Transactions {

  /** Work done in a write transaction, given the change time to record (µs since the epoch). */
  @FunctionalInterface
  interface WriteWork<T> {
    T run(Handle handle, long changeMicros);
  }

  private final Jdbi reads;
  private final Jdbi writes;
  private final Dialect dialect;
  private final Clock clock;
  private final String description;

  Transactions(Jdbi reads, Jdbi writes, Dialect dialect, Clock clock, String description) {
    this.reads = reads;
    this.writes = writes;
    this.dialect = dialect;
    this.clock = clock;
    this.description = description;
  }

  Dialect dialect() {
    return dialect;
  }

  /** Runs read-only work on a pooled connection. */
  <T> T read(HandleCallback<T, RuntimeException> work) {
    try {
      return reads.withHandle(work);
    } catch (JdbiException e) {
      throw ExceptionTranslator.translate(description, e);
    }
  }

  /** Runs read-only work in one transaction, so several statements see the same snapshot. */
  <T> T readConsistent(HandleCallback<T, RuntimeException> work) {
    return read(handle -> handle.inTransaction(h -> {
      if (dialect == Dialect.POSTGRESQL) {
        h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      }
      return work.withHandle(h);
    }));
  }

  /**
   * Runs work in a write transaction, committed only when it returns: one writer at a time, and a change time
   * later than every change already recorded, so change times increase in commit order.
   */
  <T> T write(WriteWork<T> work) {
    try {
      return writes.inTransaction(handle -> {
        dialect.serialiseWrites(handle);
        return work.run(handle, nextChangeTime(handle));
      });
    } catch (JdbiException e) {
      throw ExceptionTranslator.translate(description, e);
    }
  }

  /**
   * Runs work in a write transaction that records no change (webhook subscriptions and deliveries): not serialised
   * with the changes on PostgreSQL, so it never waits for them; on SQLite the one write connection serialises it.
   */
  <T> T update(HandleCallback<T, RuntimeException> work) {
    try {
      return writes.inTransaction(work);
    } catch (JdbiException e) {
      throw ExceptionTranslator.translate(description, e);
    }
  }

  /** Runs a statement that changes no data (e.g. ANALYZE) on the write connection, outside any transaction. */
  void maintain(String sql) {
    try {
      writes.useHandle(handle -> handle.execute(sql));
    } catch (JdbiException e) {
      throw ExceptionTranslator.translate(description, e);
    }
  }

  private long nextChangeTime(Handle handle) {
    long now = Micros.of(Timestamps.truncate(clock.instant()));
    Long last = AuditRows.newest(handle);
    return last == null ? now : Math.max(now, last + 1);
  }
}
