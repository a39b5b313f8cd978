package org.observatory.downtime.app.http;

/** The authentication contract against the real persistence adapter on an SQLite file. */
class SqliteAuthApiTest extends AuthApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.sqlite();
  }
}
