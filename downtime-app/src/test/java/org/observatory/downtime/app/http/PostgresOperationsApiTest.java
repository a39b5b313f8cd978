package org.observatory.downtime.app.http;

/** The operations contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresOperationsApiTest extends OperationsApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.postgresql();
  }
}
