package org.observatory.downtime.persistence;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.observatory.downtime.core.contract.UserStoreContract;
import org.observatory.downtime.core.port.out.UserStore;

/** The user store contract on a fresh PostgreSQL schema. */
class PostgresUserStoreTest extends UserStoreContract {

  private TestDatabase database;

  @Override
  protected UserStore createUserStore() {
    database = TestDatabase.create(PersistenceConfig.Engine.POSTGRESQL, Clock.systemUTC());
    return database.persistence().users();
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
