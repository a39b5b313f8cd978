package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The client replay against the real persistence adapter on an SQLite file. */
class SqliteClientReplayTest extends ClientReplayContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
