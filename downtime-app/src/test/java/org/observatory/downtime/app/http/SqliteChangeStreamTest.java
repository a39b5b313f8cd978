package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The change stream contract against the real persistence adapter on an SQLite file. */
class SqliteChangeStreamTest extends ChangeStreamContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
