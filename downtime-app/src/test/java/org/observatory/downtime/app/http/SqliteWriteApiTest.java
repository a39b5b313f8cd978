package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The write contract against the real persistence adapter on an SQLite file. */
class SqliteWriteApiTest extends WriteApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
