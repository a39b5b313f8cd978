package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.query.DowntimeQuery;

/** Migrations, refused input and an unreachable database, as a caller of the stores sees them. */
class JdbiPersistenceTest {

  @Test
  void migrate_twice_isANoOp() {
    try (TestDatabase database = TestDatabase.sqlite(Clock.systemUTC())) {
      database.persistence().downtimes().create(aDraft(), "ada");

      assertThat(database.persistence().migrate()).isZero();
      assertThat(database.persistence().downtimes().count(DowntimeQuery.all())).isEqualTo(1);
    }
  }

  @Test
  void sqliteConnections_useWalWithSynchronousFull_soAcknowledgedCommitsSurvivePowerLoss() throws Exception {
    try (TestDatabase database = TestDatabase.sqlite(Clock.systemUTC());
         Connection connection = DataSources.direct(database.persistence().config(), false).getConnection();
         Statement statement = connection.createStatement()) {
      ResultSet journal = statement.executeQuery("PRAGMA journal_mode");
      assertThat(journal.next()).isTrue();
      assertThat(journal.getString(1)).isEqualTo("wal");
      ResultSet synchronous = statement.executeQuery("PRAGMA synchronous");
      assertThat(synchronous.next()).isTrue();
      assertThat(synchronous.getInt(1)).as("2 is FULL").isEqualTo(2);
    }
  }

  @Test
  void backup_existingFile_isRefused_andANewFileIsAWorkingCopy(@TempDir Path dir)
      throws Exception {
    try (TestDatabase database = TestDatabase.sqlite(Clock.systemUTC())) {
      database.persistence().downtimes().create(aDraft(), "ada");
      Path copy = dir.resolve("copy.sqlite3");

      assertThat(database.persistence().backup(copy)).contains(copy.toString());
      assertThatThrownBy(() -> database.persistence().backup(copy)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("exists already");
      try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
           ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM downtime")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void backup_onPostgresql_explainsPgDump() {
    try (TestDatabase database = TestDatabase.postgresql(Clock.systemUTC())) {
      assertThatThrownBy(() -> database.persistence().backup(Path.of("copy.sqlite3")))
          .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("pg_dump");
    }
  }

  @Test
  void migrate_twiceOnPostgresql_isANoOp() {
    try (TestDatabase database = TestDatabase.postgresql(Clock.systemUTC())) {
      assertThat(database.persistence().migrate()).isZero();
    }
  }

  @Test
  void createAll_withOneUnstorableDraft_writesNothing_andNamesTheField() {
    try (TestDatabase database = TestDatabase.sqlite(Clock.systemUTC())) {
      JdbiDowntimeRepository repository = database.persistence().downtimes();

      assertThatThrownBy(() -> repository.createAll(List.of(aDraft(), aDraft().withReason("nul \0 here")), "ada"))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errors()).containsEntry("reason", List.of(StorableText.NUL)));
      assertThat(repository.count(DowntimeQuery.all())).isZero();
      assertThat(repository.lastModified()).isEmpty();
    }
  }

  @Test
  void find_filterValueNoStoredRowCanHold_matchesNothing() {
    try (TestDatabase database = TestDatabase.postgresql(Clock.systemUTC())) {
      JdbiDowntimeRepository repository = database.persistence().downtimes();
      repository.create(aDraft(), "ada");

      assertThat(repository.find(DowntimeQuery.builder().site("og\0g").build()).count()).isZero();
      assertThat(repository.find(DowntimeQuery.builder().reasonContains("\0").build()).count()).isZero();
      assertThat(repository.count(DowntimeQuery.builder().reasonExact("\uD800").build())).isZero();
    }
  }

  @Test
  void unreachableDatabase_failsFastWithUnavailable_withoutThePassword() {
    // nothing listens on port 1 of the loopback interface
    PersistenceConfig config = PersistenceConfig.postgresql("127.0.0.1", 1, "test", "root", "s3cret-pw");
    try (JdbiPersistence persistence = JdbiPersistence.open(config)) {
      assertThat(persistence.reachable()).isFalse();
      assertThatThrownBy(() -> persistence.downtimes().find(DowntimeQuery.all()))
          .isInstanceOf(UnavailableException.class)
          .hasMessageContaining("PostgreSQL database test at 127.0.0.1:1")
          .hasMessageNotContaining("s3cret-pw");
      assertThatThrownBy(persistence::migrate).isInstanceOf(UnavailableException.class)
          .hasMessageNotContaining("s3cret-pw");
      assertThat(config.toString()).doesNotContain("s3cret-pw");
    }
  }
}
