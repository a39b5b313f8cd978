package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The change contract (PUT, PATCH, DELETE) against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresChangeApiTest extends ChangeApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
