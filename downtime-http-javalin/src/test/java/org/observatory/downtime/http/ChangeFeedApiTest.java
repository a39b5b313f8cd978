package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/changes/} over a real port: every API write as an event, paging with next, filters, 400, 410. */
class ChangeFeedApiTest {

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void changes_afterCreateUpdateDelete_listEventsOldestFirstWithBeforeAndAfter() {
    long id = json(server.write("POST", "/api/", "staff", WriteApiTest.VALID)).get("id").asLong();
    server.write("PATCH", "/api/" + id + "/", "staff", "{\"reason\":\"Recoat, day 2\"}");
    server.write("DELETE", "/api/" + id + "/", "staff", null);

    HttpResponse<String> response = server.get("/api/changes/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    JsonNode answer = json(response);
    JsonNode results = answer.get("results");
    assertThat(results).hasSize(3);
    assertThat(results.findValuesAsText("type"))
        .containsExactly("downtime.created", "downtime.updated", "downtime.deleted");
    assertThat(results.get(0).fieldNames()).toIterable()
        .containsExactly("id", "type", "time", "actor", "downtime", "previous");
    assertThat(results.get(0).get("actor").asText()).isEqualTo("staff");
    assertThat(results.get(0).get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(results.get(0).get("previous").isNull()).isTrue();
    assertThat(results.get(1).get("downtime").get("reason").asText()).isEqualTo("Recoat, day 2");
    assertThat(results.get(1).get("previous").get("reason").asText()).isEqualTo("Mirror recoat");
    assertThat(results.get(2).get("downtime").isNull()).isTrue();
    assertThat(results.get(2).get("previous").get("id").asLong()).isEqualTo(id);
    assertThat(answer.get("next").asLong()).isEqualTo(results.get(2).get("id").asLong());
  }

  @Test
  void changes_withLimitAndNext_readOnWithoutRepeats_andNextStaysWhenNothingIsNew() {
    for (int i = 0; i < 3; i++) {
      server.write("POST", "/api/", "staff", WriteApiTest.VALID);
    }

    JsonNode first = json(server.get("/api/changes/?limit=2"));
    JsonNode second = json(server.get("/api/changes/?limit=2&after=" + first.get("next").asLong()));
    JsonNode nothing = json(server.get("/api/changes/?after=" + second.get("next").asLong()));

    assertThat(first.get("results")).hasSize(2);
    assertThat(second.get("results")).hasSize(1);
    assertThat(second.get("results").get(0).get("id").asLong()).isGreaterThan(first.get("next").asLong());
    assertThat(nothing.get("results")).isEmpty();
    assertThat(nothing.get("next").asLong()).isEqualTo(second.get("next").asLong());
  }

  @Test
  void changes_bySiteAndTelescope_onlyMatchingEvents() {
    server.write("POST", "/api/", "staff", WriteApiTest.VALID);

    assertThat(json(server.get("/api/changes/?site=ogg&telescope=2m0a")).get("results")).hasSize(1);
    assertThat(json(server.get("/api/changes/?site=coj")).get("results")).isEmpty();
    assertThat(json(server.get("/api/changes/?telescope=1m0a")).get("results")).isEmpty();
  }

  @Test
  void changes_byCategory_followTheDowntimeIntoAndOutOfIt_andAnUnknownCategoryIs400() {
    long id = json(server.write("POST", "/api/", "staff",
        WriteApiTest.VALID.replace("}", ",\"category\":\"engineering\"}"))).get("id").asLong();
    server.write("PATCH", "/api/" + id + "/", "staff", "{\"category\":\"maintenance\"}");
    server.write("POST", "/api/", "staff", WriteApiTest.VALID);

    JsonNode engineering = json(server.get("/api/changes/?category=engineering")).get("results");
    JsonNode maintenance = json(server.get("/api/changes/?category=maintenance&site=ogg")).get("results");
    HttpResponse<String> unknown = server.get("/api/changes/?category=party");

    assertThat(engineering.findValuesAsText("type")).containsExactly("downtime.created", "downtime.updated");
    assertThat(maintenance.findValuesAsText("type")).containsExactly("downtime.updated");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body())
        .isEqualTo("{\"category\":[\"Select a valid choice. party is not one of the available choices.\"]}");
  }

  @Test
  void changes_badCursorOrLimit_400NamingTheParameter() {
    HttpResponse<String> cursor = server.get("/api/changes/?after=abc");
    HttpResponse<String> limit = server.get("/api/changes/?limit=0");

    assertThat(cursor.statusCode()).isEqualTo(400);
    assertThat(cursor.body()).isEqualTo("{\"after\":[\"A valid integer is required.\"]}");
    assertThat(limit.statusCode()).isEqualTo(400);
    assertThat(json(limit).has("limit")).isTrue();
  }

  @Test
  void changes_cursorOlderThanTheHistoryKept_410WithAClearMessage() {
    server.write("POST", "/api/", "staff", WriteApiTest.VALID);
    server.downtimes.prune(Instant.now().plusSeconds(60));

    HttpResponse<String> response = server.get("/api/changes/?after=0");

    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(json(response).get("detail").asText()).contains("older than the change history kept");
    assertThat(server.get("/api/changes/").statusCode()).isEqualTo(200);
  }
}
