package org.observatory.downtime.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the audit trail, oldest change first.
 *
 * @param entries the changes of this page
 * @param next    where the next page starts, or {@code null} when this page reached the newest change
 * @param resume  where to read from later to see only newer changes (for clients that follow the trail)
 */
public record HistoryPage(List<AuditEntry> entries, HistoryCursor next, HistoryCursor resume) {

  public HistoryPage {
    entries = List.copyOf(entries);
    Objects.requireNonNull(resume, "resume");
  }

  public Optional<HistoryCursor> nextPage() {
    return Optional.ofNullable(next);
  }
}
