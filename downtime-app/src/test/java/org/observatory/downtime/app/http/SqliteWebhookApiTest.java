package org.observatory.downtime.app.http;

import org.observatory.downtime.app.support.TestDatabase;

/** The webhook API contract on an SQLite file. */
class SqliteWebhookApiTest extends WebhookApiContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.sqlite();
  }
}
