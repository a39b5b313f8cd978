package org.observatory.downtime.app.http;

/** The write contract against the real persistence adapter on an SQLite file. */
class SqliteWriteApiTest extends WriteApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.sqlite();
  }
}
