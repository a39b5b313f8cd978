package org.observatory.downtime.persistence;

import org.junit.jupiter.api.AfterEach;
import org.observatory.downtime.core.contract.DowntimeRepositoryContract;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.port.out.AuditTrail;
import org.observatory.downtime.core.port.out.DowntimeRepository;

/** The repository contract on a fresh PostgreSQL schema. */
class PostgresDowntimeRepositoryTest extends DowntimeRepositoryContract {

  private TestDatabase database;

  @Override
  protected DowntimeRepository createRepository(TestClock clock) {
    database = TestDatabase.create(PersistenceConfig.Engine.POSTGRESQL, clock);
    return database.persistence().downtimes();
  }

  @Override
  protected AuditTrail auditTrail() {
    return database.persistence().auditTrail();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
