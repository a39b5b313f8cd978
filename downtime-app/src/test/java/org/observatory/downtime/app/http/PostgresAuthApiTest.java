package org.observatory.downtime.app.http;

/** The authentication contract against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresAuthApiTest extends AuthApiContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.postgresql();
  }
}
