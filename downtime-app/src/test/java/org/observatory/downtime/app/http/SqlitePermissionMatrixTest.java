package org.observatory.downtime.app.http;

/** The permission matrix against the real persistence adapter on an SQLite file. */
class SqlitePermissionMatrixTest extends PermissionMatrixContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.sqlite();
  }
}
