package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.app.http.ReadApiContract.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.app.support.TestDatabase;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.model.WriteAccess;

class RecurringDowntimeApiTest {

  private static final String WEEKLY = """
      {"start": "2026-12-01T10:00:00Z", "end": "2026-12-01T12:00:00Z", "site": "ogg", "enclosure": "clma",
       "telescope": "2m0a", "reason": "Weekly engineering", "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=10"}""";

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
  void post_withRecurrence_createsEveryOccurrenceSharingOneSeries() {
    HttpResponse<String> created = api.post("/api/").as("alice").json(WEEKLY).send();

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = json(created);
    long series = body.get("series").asLong();
    assertThat(body.get("count").asInt()).isEqualTo(10);
    assertThat(starts(body.get("results"))).first().isEqualTo("2026-12-01T10:00:00Z");
    assertThat(starts(body.get("results"))).last().isEqualTo("2027-02-02T10:00:00Z");
    assertThat(body.get("results")).allSatisfy(occurrence -> {
      assertThat(occurrence.get("series").asLong()).isEqualTo(series);
      assertThat(occurrence.get("end").asText().substring(11)).isEqualTo("12:00:00Z");
      assertThat(occurrence.get("created_by").asText()).isEqualTo("alice");
    });
    assertThat(created.headers().firstValue("Location")).hasValue(api.base + "/api/series/" + series + "/");
    // each occurrence is an ordinary downtime for the old clients
    assertThat(json(api.get("/api/?site=ogg").send()).get("count").asInt()).isEqualTo(10);
    assertThat(json(api.get("/api/series/" + series + "/").send()).get("count").asInt()).isEqualTo(10);
  }

  @Test
  void post_withoutRecurrence_answersAsBefore() {
    HttpResponse<String> created = api.post("/api/").as("alice").json(WEEKLY.replace(
        ", \"recurrence\": \"FREQ=WEEKLY;BYDAY=TU;COUNT=10\"", "")).send();

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created).get("id").asLong()).isPositive();
    assertThat(json(created).get("series").isNull()).isTrue();
  }

  @Test
  void post_endlessRule_isRefusedAndNothingStored() {
    HttpResponse<String> refused = api.post("/api/").as("alice").json(WEEKLY.replace(";COUNT=10", "")).send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("recurrence").get(0).asText()).contains("COUNT").contains("UNTIL");
    assertThat(json(api.get("/api/").send()).get("count").asInt()).isZero();
  }

  @Test
  void post_moreThanAThousandOccurrences_isRefusedWithTheCap() {
    HttpResponse<String> refused = api.post("/api/").as("alice").json(
        WEEKLY.replace("FREQ=WEEKLY;BYDAY=TU;COUNT=10", "FREQ=HOURLY;COUNT=1001")).send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("recurrence").get(0).asText()).contains("1000");
    assertThat(json(api.get("/api/").send()).get("count").asInt()).isZero();
  }

  @Test
  void post_invalidRuleAndUnknownSite_reportsBoth() {
    HttpResponse<String> refused = api.post("/api/").as("alice").json(
        WEEKLY.replace("\"ogg\"", "\"nop\"").replace("FREQ=WEEKLY", "FREQ=SOMETIMES")).send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).has("site")).isTrue();
    assertThat(json(refused).get("recurrence").get(0).asText()).startsWith("Not a valid RFC 5545 RRULE");
  }

  @Test
  void post_withRecurrence_withoutCredentials_is401() {
    assertThat(api.post("/api/").json(WEEKLY).send().statusCode()).isEqualTo(401);
  }

  @Test
  void deleteSeries_from_keepsEarlierOccurrences() {
    long series = json(api.post("/api/").as("alice").json(WEEKLY).send()).get("series").asLong();

    HttpResponse<String> deleted = api.delete("/api/series/" + series + "/?from=2027-01-01").as("alice").send();

    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(json(deleted).get("count").asInt()).isEqualTo(5);
    assertThat(starts(json(api.get("/api/series/" + series + "/").send()).get("results"))).containsExactly(
        "2026-12-01T10:00:00Z", "2026-12-08T10:00:00Z", "2026-12-15T10:00:00Z", "2026-12-22T10:00:00Z",
        "2026-12-29T10:00:00Z");
  }

  @Test
  void deleteSeries_someoneElses_isForbiddenAndKeepsEverything() {
    long series = json(api.post("/api/").as("alice").json(WEEKLY).send()).get("series").asLong();

    assertThat(api.delete("/api/series/" + series + "/").as("bob").send().statusCode()).isEqualTo(403);
    assertThat(api.delete("/api/series/" + series + "/").as(null).send().statusCode()).isEqualTo(401);
    assertThat(json(api.get("/api/series/" + series + "/").send()).get("count").asInt()).isEqualTo(10);
  }

  @Test
  void deleteSeries_all_thenTheSeriesIsGone() {
    long series = json(api.post("/api/").as("alice").json(WEEKLY).send()).get("series").asLong();

    assertThat(json(api.delete("/api/series/" + series + "/").as("staff").send()).get("count").asInt()).isEqualTo(10);
    assertThat(api.get("/api/series/" + series + "/").send().statusCode()).isEqualTo(404);
    assertThat(api.get("/api/series/nope/").send().statusCode()).isEqualTo(404);
  }

  @Test
  void optionsOnSeries_answersThePreflightAndListsTheMethods() {
    HttpResponse<String> preflight = api.method("OPTIONS", "/api/series/1/")
        .header("Origin", "https://portal.example.org").header("Access-Control-Request-Method", "DELETE").send();
    HttpResponse<String> plain = api.method("OPTIONS", "/api/series/1/").send();

    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
        assertThat(methods).contains("DELETE"));
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(plain.headers().firstValue("Allow")).hasValue("GET, DELETE, HEAD, OPTIONS");
  }

  private static List<String> starts(JsonNode results) {
    List<String> starts = new ArrayList<>();
    results.forEach(result -> starts.add(result.get("start").asText()));
    return starts;
  }
}
