package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** {@link RecurringDowntimeApiTest} on PostgreSQL. */
class PostgresRecurringDowntimeApiTest extends RecurringDowntimeApiTest {

  @Override
  TestDatabase database() {
    return TestDatabase.postgresql();
  }
}
