package org.observatory.downtime.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
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
