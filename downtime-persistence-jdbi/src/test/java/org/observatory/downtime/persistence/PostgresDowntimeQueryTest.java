package org.observatory.downtime.persistence;

import org.junit.jupiter.api.AfterEach;
import org.observatory.downtime.core.contract.DowntimeQueryContract;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.port.out.DowntimeRepository;

/** The query contract on a fresh PostgreSQL schema. */
class PostgresDowntimeQueryTest extends DowntimeQueryContract {

  private TestDatabase database;

  @Override
  protected DowntimeRepository createRepository(TestClock clock) {
    database = TestDatabase.create(PersistenceConfig.Engine.POSTGRESQL, clock);
    return database.persistence().downtimes();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
