package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The operations contract against the real persistence adapter on an SQLite file. */
class SqliteOperationsApiTest extends OperationsApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
