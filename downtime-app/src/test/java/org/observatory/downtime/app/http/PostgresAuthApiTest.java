package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The authentication contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresAuthApiTest extends AuthApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
