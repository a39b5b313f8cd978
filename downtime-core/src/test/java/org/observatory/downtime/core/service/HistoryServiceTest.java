package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.downtime.core.fixtures.Drafts.T0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.AuditEntry.Action;
import org.observatory.downtime.core.model.HistoryCursor;
import org.observatory.downtime.core.model.HistoryPage;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.port.out.AuditTrail;

class HistoryServiceTest {

  private final List<AuditEntry> entries = new ArrayList<>();
  private final AuditTrail trail = new AuditTrail() {
    @Override
    public List<AuditEntry> history(long downtimeId) {
      return entries.stream().filter(entry -> entry.downtimeId() == downtimeId).toList();
    }

    @Override
    public List<AuditEntry> since(Instant since, int limit) {
      return entries.stream().filter(entry -> !entry.at().isBefore(since)).limit(limit).toList();
    }
  };
  private final HistoryService service = new HistoryService(trail);

  @Test
  void history_deletedDowntime_stillAnswersWithTheDeletion() {
    record(1, Action.CREATE, T0);
    record(1, Action.DELETE, T0.plusSeconds(5));

    assertThat(service.history(1)).extracting(AuditEntry::action).containsExactly(Action.CREATE, Action.DELETE);
  }

  @Test
  void history_neverExisted_isNotFound() {
    assertThatThrownBy(() -> service.history(99)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void changes_manyEntriesAtOneInstant_pagesThroughEachExactlyOnce() {
    for (int i = 0; i < 25; i++) {
      record(i + 1, Action.CREATE, T0);
    }
    record(30, Action.DELETE, T0.plusSeconds(1));

    List<Long> seen = new ArrayList<>();
    HistoryCursor cursor = HistoryCursor.from(Instant.EPOCH);
    int pages = 0;
    while (cursor != null) {
      HistoryPage page = service.changes(cursor, 10);
      page.entries().forEach(entry -> seen.add(entry.id()));
      cursor = page.next();
      pages++;
    }

    assertThat(seen).hasSize(26).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void changes_atTheEnd_hasNoNextButAResumeCursorAfterTheLastEntry() {
    record(1, Action.CREATE, T0);

    HistoryPage page = service.changes(HistoryCursor.from(T0), 10);

    assertThat(page.next()).isNull();
    assertThat(page.resume()).isEqualTo(new HistoryCursor(T0, 1));
    assertThat(service.changes(page.resume(), 10).entries()).isEmpty();
  }

  private void record(long downtimeId, Action action, Instant at) {
    entries.add(new AuditEntry(entries.size() + 1, downtimeId, action, "sam", at, null, null));
  }
}
