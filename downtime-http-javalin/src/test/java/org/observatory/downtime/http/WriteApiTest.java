package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.security.SessionCookies;

/** DESIGN §3.3–3.4 and §8 over a real port: create, change, delete and series, with each kind of credentials. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteApiTest {

  static final String VALID = "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\","
      + "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"reason\":\"Mirror recoat\"}";
  static final String NOT_PROVIDED = "{\"detail\":\"Authentication credentials were not provided.\"}";
  static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

  private TestServer server;

  @BeforeAll
  void start() {
    server = TestServer.start();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private long created() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff", VALID);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asLong();
  }

  @Test
  void create_json_201WithRepresentationAndLocation() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff", VALID);

    assertThat(response.statusCode()).isEqualTo(201);
    long id = json(response).get("id").asLong();
    assertThat(response.body()).startsWith("{\"id\":" + id + ",\"start\":\"2026-12-01T10:00:00Z\","
        + "\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\","
        + "\"instrument_type\":\"\",\"reason\":\"Mirror recoat\",\"created_by\":\"staff\",");
    assertThat(response.headers().firstValue("Location")).hasValue(server.base() + "/api/" + id + "/");
  }

  @Test
  void create_formEncodedAndMultipart_201() {
    HttpResponse<String> form = server.send("POST", "/api/", "start=2026-12-01+10%3A00%3A00&end=2026-12-01T12%3A00"
        + "&site=coj&enclosure=doma&telescope=1m0a&instrument_type=1M0-NRES-SCICAM&reason=Form",
        "Content-Type", "application/x-www-form-urlencoded", "Authorization", "Token staff-token");
    String boundary = "----downtime-boundary";
    StringBuilder body = new StringBuilder();
    for (String[] field : new String[][] {{"start", "2026-12-01T10:00:00Z"}, {"end", "2026-12-01T12:00:00Z"},
        {"site", "ogg"}, {"enclosure", "clma"}, {"telescope", "0m4b"}}) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
          .append("\"\r\n\r\n").append(field[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    HttpResponse<String> multipart = server.send("POST", "/api/", body.toString(),
        "Content-Type", "multipart/form-data; boundary=" + boundary, "Authorization", "Token staff-token");

    assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
    assertThat(json(form).get("start").asText()).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(201);
    assertThat(json(multipart).get("telescope").asText()).isEqualTo("0m4b");
  }

  @Test
  void create_refusals_everyFieldAtOnceAndTheBodysShape() {
    assertThat(server.write("POST", "/api/", "staff", VALID.replace("2026-12-01T12:00:00Z", "tomorrow")
        .replace("\"ogg\"", "\"nop\"")).body()).isEqualTo("{\"end\":[\"Datetime has wrong format. Use one of these "
        + "formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"],"
        + "\"site\":[\"\\\"nop\\\" is not a valid choice.\"]}");
    assertThat(server.write("POST", "/api/", "staff", VALID.replace("\"2m0a\"", "\"1m0a\"")).body())
        .isEqualTo("{\"non_field_errors\":[\"The site, enclosure, telescope, and instrument_type combination does "
            + "not exist in Configdb\"]}");
    assertThat(server.write("POST", "/api/", "staff", "[1,2]").body())
        .isEqualTo("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}");
    assertThat(json(server.write("POST", "/api/", "staff", "{\"start\": ")).get("detail").asText())
        .startsWith("JSON parse error - ");
    assertThat(server.send("POST", "/api/", "{}", "Content-Type", "text/plain", "Authorization", "Token staff-token")
        .statusCode()).isEqualTo(415);
  }

  @Test
  void create_credentials_401Then403ThenTheBody() {
    HttpResponse<String> anonymous = server.write("POST", "/api/", null, "{\"start\": ");
    HttpResponse<String> notStaff = server.write("POST", "/api/", "alice", "{\"start\": ");
    HttpResponse<String> badToken = server.send("GET", "/api/", null, "Authorization", "Token nobody-has-this");

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).isEqualTo(NOT_PROVIDED);
    assertThat(notStaff.statusCode()).isEqualTo(403);
    assertThat(notStaff.body()).isEqualTo(DENIED);
    assertThat(badToken.body()).isEqualTo("{\"detail\":\"Invalid token.\"}");
  }

  @Test
  void create_basicAndSession_sessionNeedsItsCsrfToken() {
    String basic = java.util.Base64.getEncoder().encodeToString("staff:staff-pass".getBytes());
    String cookie = new SessionCookies(TestServer.SECRET).value("staff");
    String token = new CsrfTokens(TestServer.SECRET).tokenForSession(cookie);

    HttpResponse<String> byBasic = server.send("POST", "/api/", VALID, "Content-Type", "application/json",
        "Authorization", "Basic " + basic);
    HttpResponse<String> withoutToken = server.send("POST", "/api/", VALID, "Content-Type", "application/json",
        "Cookie", SessionCookies.COOKIE + "=" + cookie);
    HttpResponse<String> withToken = server.send("POST", "/api/", VALID, "Content-Type", "application/json",
        "Cookie", SessionCookies.COOKIE + "=" + cookie, CsrfTokens.HEADER, token);

    assertThat(byBasic.statusCode()).isEqualTo(201);
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("CSRF");
    assertThat(withToken.statusCode()).isEqualTo(201);
  }

  @Test
  void put_replaces_patch_merges_delete_removes() {
    long id = created();

    HttpResponse<String> put = server.write("PUT", "/api/" + id + "/", "root", "{\"start\":\"2026-12-02 08:00\","
        + "\"end\":\"2026-12-02T10:00:00+01:00\",\"site\":\"coj\",\"enclosure\":\"doma\",\"telescope\":\"1m0a\"}");
    HttpResponse<String> patch = server.write("PATCH", "/api/" + id + "/", "staff", "{\"reason\":\"Postponed\"}");
    HttpResponse<String> missing = server.write("PUT", "/api/" + id + "/", "staff", "{\"reason\":\"only this\"}");
    HttpResponse<String> deleted = server.write("DELETE", "/api/" + id + "/", "staff", null);

    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(put.body()).startsWith("{\"id\":" + id + ",\"start\":\"2026-12-02T08:00:00Z\",\"end\":\"2026-12-02T09:00:00Z\"");
    assertThat(json(put).get("created_by").asText()).isEqualTo("staff");
    assertThat(json(put).get("reason").asText()).isEqualTo("Mirror recoat");
    assertThat(json(patch).get("reason").asText()).isEqualTo("Postponed");
    assertThat(json(patch).get("site").asText()).isEqualTo("coj");
    assertThat(json(missing).fieldNames()).toIterable().containsExactly("start", "end", "site", "enclosure", "telescope");
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(server.get("/api/" + id + "/").statusCode()).isEqualTo(404);
  }

  @Test
  void changes_byAnotherUser_refusedBeforeTheBodyIsRead() {
    long id = created();

    assertThat(server.write("PATCH", "/api/" + id + "/", null, "{").body()).isEqualTo(NOT_PROVIDED);
    assertThat(server.write("PATCH", "/api/" + id + "/", "alice", "{").body()).isEqualTo(DENIED);
    assertThat(server.write("DELETE", "/api/" + id + "/", "alice", null).body()).isEqualTo(DENIED);
    assertThat(json(server.write("PATCH", "/api/" + id + "/", "staff", "{")).get("detail").asText())
        .startsWith("JSON parse error - ");
  }

  @Test
  void writeAccessAuthenticated_anyoneCreates_changesOnlyWhatItCreated() {
    try (TestServer open = TestServer.start(WriteAccess.AUTHENTICATED, TestCatalogues.fixed())) {
      long alices = json(open.write("POST", "/api/", "alice", VALID)).get("id").asLong();
      long others = open.seed(Drafts.aDraft()).id();

      assertThat(open.write("PATCH", "/api/" + alices + "/", "alice", "{\"reason\":\"x\"}").statusCode()).isEqualTo(200);
      assertThat(open.write("PATCH", "/api/" + others + "/", "alice", "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
    }
  }

  @Test
  void create_withRecurrence_createsTheSeries_withoutOne_asBefore() {
    String weekly = VALID.replace("}", ",\"recurrence\":\"FREQ=WEEKLY;BYDAY=TU;COUNT=3\"}");

    HttpResponse<String> series = server.write("POST", "/api/", "staff", weekly);
    HttpResponse<String> single = server.write("POST", "/api/", "staff", VALID.replace("}", ",\"recurrence\":\"\"}"));
    HttpResponse<String> endless = server.write("POST", "/api/", "staff", weekly.replace(";COUNT=3", "")
        .replace("\"ogg\"", "\"nop\""));

    assertThat(series.statusCode()).as(series.body()).isEqualTo(201);
    JsonNode body = json(series);
    long id = body.get("series").asLong();
    assertThat(body.get("count").asInt()).isEqualTo(3);
    assertThat(series.headers().firstValue("Location")).hasValue(server.base() + "/api/series/" + id + "/");
    assertThat(starts(json(server.get("/api/series/" + id + "/")).get("results")))
        .containsExactly("2026-12-01T10:00:00Z", "2026-12-08T10:00:00Z", "2026-12-15T10:00:00Z");
    assertThat(json(single).get("series").isNull()).isTrue();
    assertThat(endless.statusCode()).isEqualTo(400);
    assertThat(json(endless).fieldNames()).toIterable().containsExactly("site", "recurrence");

    assertThat(server.write("DELETE", "/api/series/" + id + "/?from=2026-12-05", "staff", null).statusCode()).isEqualTo(200);
    assertThat(json(server.get("/api/series/" + id + "/")).get("count").asInt()).isEqualTo(1);
    assertThat(server.write("DELETE", "/api/series/" + id + "/?from=soon", "staff", null).body())
        .isEqualTo("{\"from\":[\"Enter a valid date/time.\"]}");
  }

  @Test
  void history_ofOneDowntime_andEveryChange() {
    long id = created();
    server.write("PATCH", "/api/" + id + "/", "staff", "{\"reason\":\"Day 2\"}");
    server.write("DELETE", "/api/" + id + "/", "staff", null);

    JsonNode entries = json(server.get("/api/" + id + "/history/")).get("results");
    assertThat(entries).extracting(entry -> entry.get("action").asText()).containsExactly("create", "update", "delete");
    assertThat(entries.get(1).get("after").get("reason").asText()).isEqualTo("Day 2");
    assertThat(server.get("/api/987654/history/").body()).isEqualTo("{\"detail\":\"Not found.\"}");
    assertThat(json(server.get("/api/history/?limit=1")).get("next").asText()).startsWith(server.base() + "/api/history/?since=");
    assertThat(server.get("/api/history/?since=yesterday").body()).isEqualTo("{\"since\":[\"Enter a valid date/time.\"]}");
  }

  private static List<String> starts(JsonNode results) {
    List<String> starts = new ArrayList<>();
    results.forEach(result -> starts.add(result.get("start").asText()));
    return starts;
  }
}
