package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The authentication contract against the real persistence adapter on an SQLite file. */
class SqliteAuthApiTest extends AuthApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
