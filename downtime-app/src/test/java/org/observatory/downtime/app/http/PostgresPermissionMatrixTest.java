package org.observatory.downtime.app.http;

/** The permission matrix against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresPermissionMatrixTest extends PermissionMatrixContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.postgresql();
  }
}
