package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** {@link HistoryApiTest} on PostgreSQL. */
class PostgresHistoryApiTest extends HistoryApiTest {

  @Override
  TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
