package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The operations contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresOperationsApiTest extends OperationsApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
