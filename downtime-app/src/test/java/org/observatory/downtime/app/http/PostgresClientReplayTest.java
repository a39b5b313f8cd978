package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The client replay against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresClientReplayTest extends ClientReplayContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
