package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.app.http.ReadApiContract.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.app.support.TestDatabase;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.model.WriteAccess;

class HistoryApiTest {

  private static final String DOWNTIME = """
      {"start": "2026-12-01T10:00:00Z", "end": "2026-12-01T12:00:00Z", "site": "ogg", "enclosure": "clma",
       "telescope": "2m0a", "reason": "Mirror recoat"}""";

  private final TestStack stack = TestStack.start(database(), WriteAccess.AUTHENTICATED);
  private final ApiClient api = new ApiClient(stack.baseUrl());

  /** The store the tests run on; the PostgreSQL variant overrides it. */
  TestDatabase database() {
    return TestDatabase.sqlite();
  }

  @AfterEach
  void stop() {
    stack.close();
  }

  @Test
  void history_afterDelete_showsCreateUpdateAndDeleteWithActorsAndValues() {
    long id = json(api.post("/api/").as("alice").json(DOWNTIME).send()).get("id").asLong();
    api.patch("/api/" + id + "/").as("staff").json("{\"reason\": \"Mirror recoat, day 2\"}").send();
    assertThat(api.delete("/api/" + id + "/").as("alice").send().statusCode()).isEqualTo(204);

    var answer = api.get("/api/" + id + "/history/").send();

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode entries = json(answer).get("results");
    assertThat(texts(entries, "action")).containsExactly("create", "update", "delete");
    assertThat(texts(entries, "actor")).containsExactly("alice", "staff", "alice");
    assertThat(entries.get(0).get("before").isNull()).isTrue();
    assertThat(entries.get(0).get("after").get("reason").asText()).isEqualTo("Mirror recoat");
    assertThat(entries.get(1).get("before").get("reason").asText()).isEqualTo("Mirror recoat");
    assertThat(entries.get(1).get("after").get("reason").asText()).isEqualTo("Mirror recoat, day 2");
    assertThat(entries.get(2).get("before").get("id").asLong()).isEqualTo(id);
    assertThat(entries.get(2).get("after").isNull()).isTrue();
    assertThat(entries.get(0).get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(api.get("/api/" + id + "/").send().statusCode()).isEqualTo(404);
  }

  @Test
  void history_idThatNeverExisted_is404() {
    assertThat(api.get("/api/999/history/").send().statusCode()).isEqualTo(404);
    assertThat(json(api.get("/api/999/history/").send()).get("detail").asText()).isEqualTo("Not found.");
  }

  @Test
  void changes_followedPageByPage_seeEveryChangeOnceIncludingDeletions() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(json(api.post("/api/").as("staff").json(DOWNTIME).send()).get("id").asLong());
    }
    api.delete("/api/" + ids.get(0) + "/").as("staff").send();

    List<String> seen = new ArrayList<>();
    String url = api.base + "/api/history/?limit=2";
    int pages = 0;
    while (url != null) {
      JsonNode page = json(api.get(url.substring(api.base.length())).send());
      page.get("results").forEach(entry -> seen.add(entry.get("action").asText() + " " + entry.get("downtime")));
      url = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    }

    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(6).doesNotHaveDuplicates().last().isEqualTo("delete " + ids.get(0));
  }

  @Test
  void changes_resumeLink_showsOnlyNewerChanges() {
    api.post("/api/").as("staff").json(DOWNTIME).send();
    String resume = json(api.get("/api/history/").send()).get("resume").asText();
    assertThat(json(api.get(resume.substring(api.base.length())).send()).get("count").asInt()).isZero();

    long id = json(api.post("/api/").as("staff").json(DOWNTIME).send()).get("id").asLong();

    JsonNode newer = json(api.get(resume.substring(api.base.length())).send());
    assertThat(newer.get("count").asInt()).isEqualTo(1);
    assertThat(newer.get("results").get(0).get("downtime").asLong()).isEqualTo(id);
  }

  @Test
  void changes_badSince_is400NamingTheParameter() {
    var refused = api.get("/api/history/?since=yesterday").send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("since").get(0).asText()).isEqualTo("Enter a valid date/time.");
  }

  private static List<String> texts(JsonNode entries, String field) {
    List<String> values = new ArrayList<>();
    entries.forEach(entry -> values.add(entry.get(field).asText()));
    return values;
  }
}
