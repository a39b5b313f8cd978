package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The read contract against the real persistence adapter on an SQLite file. */
class SqliteReadApiTest extends ReadApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
