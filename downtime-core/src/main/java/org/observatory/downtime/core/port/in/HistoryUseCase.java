package org.observatory.downtime.core.port.in;

import java.util.List;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.HistoryCursor;
import org.observatory.downtime.core.model.HistoryPage;

/** Reading the audit trail: who created, changed and deleted what, kept after a downtime is deleted. */
public interface HistoryUseCase {

  /** The most entries one page of {@link #changes} holds. */
  int MAX_PAGE = 1000;

  /**
   * Every change to one downtime, oldest first, also when it has been deleted since.
   *
   * @throws org.observatory.downtime.core.model.NotFoundException when no downtime ever had this id
   */
  List<AuditEntry> history(long downtimeId);

  /**
   * Changes to any downtime after the cursor, oldest first, deletions included.
   *
   * @param cursor where to read from, not null
   * @param limit  page size; clamped to 1..{@link #MAX_PAGE}
   */
  HistoryPage changes(HistoryCursor cursor, int limit);
}
