package org.observatory.downtime.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.port.out.ChangeLog;

/**
 * The {@link ChangeLog} written by {@link JdbiDowntimeRepository} in each change's transaction. Obtain one from
 * {@link JdbiPersistence}.
 *
 * <p>Why the ids are safe cursors: every write transaction first waits for the one write lock (SQLite's single
 * write connection; on PostgreSQL a transaction-scoped advisory lock shared by every instance) and holds it until
 * it commits. An event's id is drawn while the lock is held, so ids are drawn in commit order, and a reader whose
 * snapshot holds event {@code n} holds every event below {@code n} that will ever commit.
 */
public final class JdbiChangeLog implements ChangeLog {

  private final Transactions transactions;

  JdbiChangeLog(Transactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public Slice read(long after, ChangeFilter filter, int limit) {
    Objects.requireNonNull(filter, "filter");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return transactions.readConsistent(handle -> {
      long prunedThrough = ChangeRows.prunedThrough(handle);
      long newest = ChangeRows.newest(handle);
      List<ChangeEvent> events = ChangeRows.after(handle, after, filter, limit);
      return new Slice(prunedThrough, newest, events);
    });
  }

  @Override
  public int recordPassages(Instant now) {
    return transactions.write((handle, changeTime) -> Passages.record(handle, Micros.bound(now), changeTime));
  }

  @Override
  public int prune(Instant before) {
    return transactions.write((handle, now) -> ChangeRows.prune(handle, Micros.bound(before)));
  }
}
