package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where to go on reading the audit trail: changes at or after {@code since}, skipping those at exactly
 * {@code since} whose id is {@code afterId} or lower (already read).
 *
 * @param since   change time to read from, inclusive
 * @param afterId the last entry id already read at {@code since}, or 0 for none
 */
public record HistoryCursor(Instant since, long afterId) {

  public HistoryCursor {
    Objects.requireNonNull(since, "since");
    if (afterId < 0) {
      throw new IllegalArgumentException("afterId must not be negative, was " + afterId);
    }
  }

  /** A cursor for every change at or after {@code since}. */
  public static HistoryCursor from(Instant since) {
    return new HistoryCursor(since, 0);
  }

  /** The cursor that continues after this entry. */
  public static HistoryCursor after(AuditEntry entry) {
    return new HistoryCursor(entry.at(), entry.id());
  }

  /** Whether the entry was already read by whoever holds this cursor. */
  public boolean alreadyRead(AuditEntry entry) {
    return entry.at().isBefore(since) || (entry.at().equals(since) && entry.id() <= afterId);
  }
}
