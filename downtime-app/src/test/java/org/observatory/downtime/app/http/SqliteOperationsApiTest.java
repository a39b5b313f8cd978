package org.observatory.downtime.app.http;

/** The operations contract against the real persistence adapter on an SQLite file. */
class SqliteOperationsApiTest extends OperationsApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.sqlite();
  }
}
