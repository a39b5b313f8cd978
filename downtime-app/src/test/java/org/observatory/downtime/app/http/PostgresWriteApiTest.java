package org.observatory.downtime.app.http;

/** The write contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresWriteApiTest extends WriteApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.postgresql();
  }
}
