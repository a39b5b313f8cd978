package org.observatory.downtime.app.http;

/** The protocol contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresProtocolApiTest extends ProtocolApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.postgresql();
  }
}
