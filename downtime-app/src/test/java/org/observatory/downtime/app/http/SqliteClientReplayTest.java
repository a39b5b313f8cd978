package org.observatory.downtime.app.http;

/** The client replay against the real persistence adapter on an SQLite file. */
class SqliteClientReplayTest extends ClientReplayContract {

  @Override
  Backend newBackend() {
    return JdbiBackend.sqlite();
  }
}
