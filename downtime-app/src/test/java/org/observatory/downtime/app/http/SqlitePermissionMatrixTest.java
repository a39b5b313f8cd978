package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The permission matrix against the real persistence adapter on an SQLite file. */
class SqlitePermissionMatrixTest extends PermissionMatrixContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
