package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.contract.DowntimeRestoreContract;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;

/**
 * A bulk load on PostgreSQL lies in the table in start order, whatever the file's order, so a time-window query reads
 * neighbouring pages; ids and the answer keep the file's order.
 */
class PostgresImportOrderTest {

  private final TestDatabase database = TestDatabase.postgresql(new TestClock(Instant.parse("2026-01-01T00:00:00Z")));

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void restoreAll_rowsInAnyTimeOrder_lieInStartOrder_numberedAndAnsweredInTheFilesOrder() throws SQLException {
    List<Downtime> restored = List.of(
        DowntimeRestoreContract.exported(50, aDraft(T0.plus(Duration.ofDays(9)), 2), null),
        DowntimeRestoreContract.exported(40, aDraft(T0.plus(Duration.ofDays(2)), 2), null));
    List<DowntimeDraft> created = new ArrayList<>();
    for (int day : new int[] {7, 1, 5, 3, 3, 0}) {
      created.add(aDraft(T0.plus(Duration.ofDays(day)), 1).withReason("day " + day + " #" + created.size()));
    }

    List<Downtime> stored = database.persistence().downtimes().restoreAll(restored, created, "importer");

    assertThat(stored.subList(0, 2)).containsExactlyElementsOf(restored);
    List<Downtime> news = stored.subList(2, stored.size());
    assertThat(news).extracting(Downtime::reason).containsExactly("day 7 #0", "day 1 #1", "day 5 #2", "day 3 #3",
        "day 3 #4", "day 0 #5");
    assertThat(news).extracting(Downtime::id).isSorted().doesNotHaveDuplicates().allMatch(id -> id > 50);
    List<Long> inStartOrder = stored.stream()
        .sorted(Comparator.comparing(Downtime::start).thenComparing(stored::indexOf)).map(Downtime::id).toList();
    assertThat(physicalOrder()).containsExactlyElementsOf(inStartOrder);
  }

  @Test
  void restoreAll_onlyRestoredRows_lieInStartOrder() throws SQLException {
    List<Downtime> restored = new ArrayList<>();
    for (int day : new int[] {6, 2, 9, 0, 4}) {
      restored.add(DowntimeRestoreContract.exported(10 + day, aDraft(T0.plus(Duration.ofDays(day)), 2), null));
    }

    assertThat(database.persistence().downtimes().restoreAll(restored, List.of(), "restorer"))
        .containsExactlyElementsOf(restored);

    assertThat(physicalOrder()).containsExactly(10L, 12L, 14L, 16L, 19L);
  }

  private List<Long> physicalOrder() throws SQLException {
    PersistenceConfig config = database.config();
    try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(), "");
         ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM downtime ORDER BY ctid")) {
      List<Long> ids = new ArrayList<>();
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
      return ids;
    }
  }
}
