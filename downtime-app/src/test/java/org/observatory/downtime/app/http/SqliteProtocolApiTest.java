package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The protocol contract against the real persistence adapter on an SQLite file. */
class SqliteProtocolApiTest extends ProtocolApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
