package org.observatory.downtime.app.http;

/** The read contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresReadApiTest extends ReadApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.postgresql();
  }
}
