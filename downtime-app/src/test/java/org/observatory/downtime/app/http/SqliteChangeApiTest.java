package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The change contract (PUT, PATCH, DELETE) against the real persistence adapter on an SQLite file. */
class SqliteChangeApiTest extends ChangeApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
