package org.observatory.downtime.app.http;

/** The protocol contract against the real persistence adapter on an SQLite file. */
class SqliteProtocolApiTest extends ProtocolApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.sqlite();
  }
}
