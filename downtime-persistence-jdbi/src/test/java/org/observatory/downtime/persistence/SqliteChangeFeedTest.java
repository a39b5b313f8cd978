package org.observatory.downtime.persistence;

import org.junit.jupiter.api.AfterEach;
import org.observatory.downtime.core.contract.ChangeFeedContract;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.port.out.ChangeLog;
import org.observatory.downtime.core.port.out.DowntimeRepository;

/** The change feed contract on a fresh SQLite file. */
class SqliteChangeFeedTest extends ChangeFeedContract {

  private TestDatabase database;

  @Override
  protected DowntimeRepository createRepository(TestClock clock) {
    database = TestDatabase.create(PersistenceConfig.Engine.SQLITE, clock);
    return database.persistence().downtimes();
  }

  @Override
  protected ChangeLog changeLog() {
    return database.persistence().changes();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
