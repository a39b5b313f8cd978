package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The webhook API contract on a fresh PostgreSQL schema. */
class PostgresWebhookApiTest extends WebhookApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgresql();
  }
}
