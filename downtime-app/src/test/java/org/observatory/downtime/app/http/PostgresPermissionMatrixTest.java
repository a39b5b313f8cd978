package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The permission matrix against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresPermissionMatrixTest extends PermissionMatrixContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
