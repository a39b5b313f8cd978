package org.observatory.downtime.app.http;

/** The change contract (PUT, PATCH, DELETE) against the real persistence adapter on an SQLite file. */
class SqliteChangeApiTest extends ChangeApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.sqlite();
  }
}
