package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.observatory.downtime.app.support.TestDatabase;
import org.observatory.downtime.app.support.TestStack;

/** The real stack on a real port over the database a subclass chooses, started once per test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealPortContract {

  TestStack stack;
  ApiClient api;

  /** A migrated, empty database: SQLite or PostgreSQL. */
  abstract TestDatabase newDatabase();

  @BeforeAll
  void startStack() {
    stack = TestStack.start(newDatabase());
    api = new ApiClient(stack.baseUrl());
  }

  @AfterAll
  void stopStack() {
    stack.close();
  }

  /** POSTs a JSON body as the staff user. */
  HttpResponse<String> create(String json) {
    return api.post("/api/").as("staff").json(json).send();
  }

  /** POSTs a JSON body as the staff user and returns the new id, failing unless it was created. */
  long createdId(String json) {
    HttpResponse<String> response = create(json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return ReadApiContract.json(response).get("id").asLong();
  }
}
