package org.observatory.downtime.core.service;

import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.HistoryCursor;
import org.observatory.downtime.core.model.HistoryPage;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.port.in.HistoryUseCase;
import org.observatory.downtime.core.port.out.AuditTrail;

/** Reads the audit trail, paging with a cursor that stays exact when many changes share one instant. */
public final class HistoryService implements HistoryUseCase {

  private final AuditTrail trail;

  public HistoryService(AuditTrail trail) {
    this.trail = Objects.requireNonNull(trail, "trail");
  }

  @Override
  public List<AuditEntry> history(long downtimeId) {
    List<AuditEntry> entries = trail.history(downtimeId);
    if (entries.isEmpty()) {
      throw NotFoundException.downtime(downtimeId);
    }
    return entries;
  }

  @Override
  public HistoryPage changes(HistoryCursor cursor, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    List<AuditEntry> unread = unread(cursor, size + 1);
    boolean more = unread.size() > size;
    List<AuditEntry> page = more ? unread.subList(0, size) : unread;
    HistoryCursor resume = page.isEmpty() ? cursor : HistoryCursor.after(page.get(page.size() - 1));
    return new HistoryPage(page, more ? resume : null, resume);
  }

  // The trail reads "at or after an instant"; entries at the cursor's instant that were already read are skipped,
  // asking for more until enough remain (a bulk import may stamp thousands of entries with one instant).
  private List<AuditEntry> unread(HistoryCursor cursor, int wanted) {
    int asked = wanted;
    while (true) {
      List<AuditEntry> entries = trail.since(cursor.since(), asked);
      List<AuditEntry> unread = entries.stream().filter(entry -> !cursor.alreadyRead(entry)).toList();
      if (unread.size() >= wanted || entries.size() < asked || asked == Integer.MAX_VALUE) {
        return unread.size() > wanted ? unread.subList(0, wanted) : unread;
      }
      asked = (int) Math.min(Integer.MAX_VALUE, (long) asked * 2);
    }
  }
}
