package org.observatory.downtime.app.feature;

/** {@link RecurringDowntimeApiTest} on PostgreSQL. */
class PostgresRecurringDowntimeApiTest extends RecurringDowntimeApiTest {

  @Override
  FeatureDatabase database() {
    return FeatureDatabase.postgresql();
  }
}
