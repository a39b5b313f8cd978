package org.observatory.downtime.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.port.out.AuditTrail;

/** The {@link AuditTrail} written by {@link JdbiDowntimeRepository}. Obtain one from {@link JdbiPersistence}. */
public final class JdbiAuditTrail implements AuditTrail {

  private final Transactions transactions;

  JdbiAuditTrail(Transactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public List<AuditEntry> history(long downtimeId) {
    return transactions.read(handle -> AuditRows.history(handle, downtimeId));
  }

  @Override
  public List<AuditEntry> since(Instant since, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return transactions.read(handle -> AuditRows.since(handle, Micros.bound(since), limit));
  }
}
