package org.observatory.downtime.persistence;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.observatory.downtime.core.contract.LoginFailuresContract;
import org.observatory.downtime.core.port.out.LoginFailures;

/** The login failure counter contract on a fresh PostgreSQL schema. */
class PostgresLoginFailuresTest extends LoginFailuresContract {

  private TestDatabase database;

  @Override
  protected LoginFailures createLoginFailures() {
    database = TestDatabase.create(PersistenceConfig.Engine.POSTGRESQL, Clock.systemUTC());
    return database.persistence().loginFailures();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
