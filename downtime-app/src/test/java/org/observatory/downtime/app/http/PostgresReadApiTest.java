package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The read contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresReadApiTest extends ReadApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
