package org.observatory.downtime.app.http;

/** The client replay against the real persistence adapter on a fresh PostgreSQL schema. */
class PostgresClientReplayTest extends ClientReplayContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.postgresql();
  }
}
