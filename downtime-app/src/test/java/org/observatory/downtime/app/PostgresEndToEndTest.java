package org.observatory.downtime.app;

import org.observatory.downtime.app.support.PostgresSchema;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The same journey on PostgreSQL, each test in a schema of its own in the {@code test} database. */
class PostgresEndToEndTest extends EndToEndContract {

  private PostgresSchema schema;

  @BeforeEach
  void createSchema() {
    schema = PostgresSchema.create();
  }

  @AfterEach
  void dropSchema() throws Exception {
    schema.close();
  }

  @Override
  Map<String, String> environment() {
    return Map.of("DB_ENGINE", "django.db.backends.postgresql", "DB_NAME", PostgresSchema.DATABASE,
        "DB_HOST", PostgresSchema.HOST, "DB_USER", schema.user(), "DB_SCHEMA", schema.name());
  }
}
