package org.observatory.downtime.core.port.out;

import java.time.Instant;
import java.util.List;
import org.observatory.downtime.core.model.AuditEntry;

/** For reading the history of changes the {@link DowntimeRepository} recorded, including for deleted downtimes. */
public interface AuditTrail {

  /** Every change to one downtime, oldest first; empty when it never existed. */
  List<AuditEntry> history(long downtimeId);

  /**
   * Changes to any downtime made at or after {@code since}, oldest first, at most {@code limit} of them.
   *
   * @param since inclusive lower bound on the change time
   * @param limit how many entries at most, at least 1
   */
  List<AuditEntry> since(Instant since, int limit);
}
