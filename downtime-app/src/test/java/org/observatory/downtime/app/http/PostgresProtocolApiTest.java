package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The protocol contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresProtocolApiTest extends ProtocolApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
