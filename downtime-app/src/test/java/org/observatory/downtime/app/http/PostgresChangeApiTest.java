package org.observatory.downtime.app.http;

/** The change contract (PUT, PATCH, DELETE) against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresChangeApiTest extends ChangeApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.postgresql();
  }
}
