package org.observatory.downtime.app.feature;

/** {@link HistoryApiTest} on PostgreSQL. */
class PostgresHistoryApiTest extends HistoryApiTest {

  @Override
  FeatureDatabase database() {
    return FeatureDatabase.postgresql();
  }
}
