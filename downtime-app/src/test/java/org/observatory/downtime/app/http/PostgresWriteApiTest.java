package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The write contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresWriteApiTest extends WriteApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
