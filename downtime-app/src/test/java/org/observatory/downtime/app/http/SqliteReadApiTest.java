package org.observatory.downtime.app.http;

/** The read contract against the real persistence adapter on an SQLite file. */
class SqliteReadApiTest extends ReadApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.sqlite();
  }
}
