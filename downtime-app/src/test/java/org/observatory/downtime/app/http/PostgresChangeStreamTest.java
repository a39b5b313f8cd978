package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The change stream contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresChangeStreamTest extends ChangeStreamContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
