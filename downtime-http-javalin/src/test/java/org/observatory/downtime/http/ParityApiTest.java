package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.model.DowntimeDraft;

/**
 * Exact parity with the old service at its pinned versions (Django 4.2, djangorestframework 3.15.2, django-filter
 * 24.2): each answer here was first read from the old service given the same request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityApiTest {

  static final String REQUIRED_ALL = "{\"start\":[\"This field is required.\"],\"end\":[\"This field is required.\"],"
      + "\"site\":[\"This field is required.\"],\"enclosure\":[\"This field is required.\"],"
      + "\"telescope\":[\"This field is required.\"]}";
  static final String FIELDS = "\"start\":\"2031-01-01T00:00:00Z\",\"end\":\"2031-01-01T02:00:00Z\","
      + "\"enclosure\":\"clma\",\"telescope\":\"2m0a\"";

  private TestServer server;
  private final List<Long> ids = new ArrayList<>();

  @BeforeAll
  void start() {
    server = TestServer.start();
    // Created in this order; by start 2, 3, 1; by end 3, 1, 2.
    ids.add(server.seed(coj(Instant.parse("2031-02-03T00:00:00Z"), Instant.parse("2031-02-10T00:00:00Z"))).id());
    ids.add(server.seed(coj(Instant.parse("2031-02-01T00:00:00Z"), Instant.parse("2031-02-20T00:00:00Z"))).id());
    ids.add(server.seed(coj(Instant.parse("2031-02-02T00:00:00Z"), Instant.parse("2031-02-05T00:00:00Z"))).id());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static DowntimeDraft coj(Instant start, Instant end) {
    return new DowntimeDraft(start, end, "coj", "doma", "1m0a", "", "", "", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"site", "enclosure", "telescope", "instrument_type"})
  void list_emptyChoiceFilter_isNoChoice(String filter) {
    HttpResponse<String> response = server.get("/api/?" + filter + "=");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"" + filter + "\":[\"Select a valid choice.  is not one of the available choices.\"]}");
  }

  @Test
  void list_emptyChoiceFilters_reportedWithEveryOtherFailingFieldInDjangoFiltersOrder() {
    HttpResponse<String> response = server.get("/api/?site=&enclosure=&telescope=&instrument_type=&starts_after=bad");

    assertThat(response.body()).isEqualTo("{\"starts_after\":[\"Enter a valid date/time.\"],"
        + "\"site\":[\"Select a valid choice.  is not one of the available choices.\"],"
        + "\"enclosure\":[\"Select a valid choice.  is not one of the available choices.\"],"
        + "\"telescope\":[\"Select a valid choice.  is not one of the available choices.\"],"
        + "\"instrument_type\":[\"Select a valid choice.  is not one of the available choices.\"]}");
  }

  @Test
  void list_everyFilterFailing_oneAnswerInDjangoFiltersOrder() {
    HttpResponse<String> response = server.get("/api/?order=foo&modified_before=x&created_after=y&ends_before=z"
        + "&starts_before=q&instrument_type=zz&telescope=tt&enclosure=ee&site=ss&ends_after=w&starts_after=v"
        + "&modified_after=m&created_before=c");

    String date = "[\"Enter a valid date/time.\"]";
    assertThat(response.body()).isEqualTo("{\"starts_before\":" + date + ",\"starts_after\":" + date
        + ",\"ends_before\":" + date + ",\"ends_after\":" + date
        + ",\"site\":[\"Select a valid choice. ss is not one of the available choices.\"]"
        + ",\"enclosure\":[\"Select a valid choice. ee is not one of the available choices.\"]"
        + ",\"telescope\":[\"Select a valid choice. tt is not one of the available choices.\"]"
        + ",\"instrument_type\":[\"Select a valid choice. zz is not one of the available choices.\"]"
        + ",\"created_after\":" + date + ",\"created_before\":" + date + ",\"modified_after\":" + date
        + ",\"modified_before\":" + date
        + ",\"order\":[\"Select a valid choice. foo is not one of the available choices.\"]}");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "site=nop&site=foo | nop",
      "site=&site=nop    | ''",
      "site=ogg&site=nop&site= | nop"})
  void list_severalRefusedValues_onlyTheFirstIsReported(String query, String first) {
    assertThat(server.get("/api/?" + query).body())
        .isEqualTo("{\"site\":[\"Select a valid choice. " + first + " is not one of the available choices.\"]}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/0/", "/api/-1/", "/api/99999999999/", "/api/99999999999999999999999/"})
  void detail_unknownWholeNumberId_drfLookupWording(String path) {
    for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
      HttpResponse<String> response = server.write(method, path, "staff", "{}");
      assertThat(response.statusCode()).as(method + " " + path).isEqualTo(404);
      assertThat(response.body()).as(method + " " + path).isEqualTo("{\"detail\":\"No Downtime matches the given query.\"}");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/abc/", "/api/1.5/"})
  void detail_nonNumericId_notFound(String path) {
    for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
      HttpResponse<String> response = server.write(method, path, "staff", "{}");
      assertThat(response.statusCode()).as(method + " " + path).isEqualTo(404);
      assertThat(response.body()).as(method + " " + path).isEqualTo("{\"detail\":\"Not found.\"}");
    }
  }

  @Test
  void detail_unknownId_anonymousWrite_isRefusedFirstFor401() {
    for (String path : List.of("/api/0/", "/api/abc/")) {
      HttpResponse<String> response = server.write("DELETE", path, null, "{}");
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
    }
  }

  @Test
  void list_orderAndOrdering_orderDecides() {
    assertThat(ids(server.get("/api/?site=coj&order=start"))).containsExactly(ids.get(1), ids.get(2), ids.get(0));
    assertThat(ids(server.get("/api/?site=coj&ordering=-end"))).containsExactly(ids.get(1), ids.get(0), ids.get(2));
    assertThat(ids(server.get("/api/?site=coj&order=start&ordering=-end"))).containsExactly(ids.get(1), ids.get(2), ids.get(0));
    assertThat(ids(server.get("/api/?site=coj&ordering=-end&order=start"))).containsExactly(ids.get(1), ids.get(2), ids.get(0));
    assertThat(ids(server.get("/api/?site=coj&order=&ordering=-end"))).containsExactly(ids.get(1), ids.get(0), ids.get(2));
    assertThat(ids(server.get("/api/?site=coj&ordering=nonsense&order=-start"))).containsExactly(ids.get(0), ids.get(2), ids.get(1));
  }

  @Test
  void list_order_emptyItemsDropped_itemsTakenAsWritten() {
    assertThat(server.get("/api/?order=start,").statusCode()).isEqualTo(200);
    assertThat(server.get("/api/?order=,start").statusCode()).isEqualTo(200);
    assertThat(ids(server.get("/api/?site=coj&order=start,,end"))).containsExactly(ids.get(1), ids.get(2), ids.get(0));
    assertThat(server.get("/api/?order=%20start").body())
        .isEqualTo("{\"order\":[\"Select a valid choice.  start is not one of the available choices.\"]}");
    assertThat(server.get("/api/?order=-").body())
        .isEqualTo("{\"order\":[\"Select a valid choice. - is not one of the available choices.\"]}");
    assertThat(server.get("/api/?order=foo&order=start").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "application/json                  | ''",
      "application/x-www-form-urlencoded | ''",
      "application/json                  | {}"})
  void create_emptyBody_sameAnswerAsEmptyObject(String contentType, String body) {
    HttpResponse<String> response = server.send("POST", "/api/", body, "Content-Type", contentType,
        "Authorization", "Token staff-token");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(REQUIRED_ALL);
  }

  @Test
  void create_emptyBodyWithoutContentType_sameAnswerAsEmptyObject() {
    HttpResponse<String> response = server.send("POST", "/api/", null, "Authorization", "Token staff-token");

    assertThat(response.body()).isEqualTo(REQUIRED_ALL);
  }

  @Test
  void create_jsonNull_noDataProvided() {
    assertThat(server.write("POST", "/api/", "staff", "null").body())
        .isEqualTo("{\"non_field_errors\":[\"No data provided\"]}");
  }

  @ParameterizedTest(name = "site {0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "[\"ogg\"]                   | \"['ogg']\" is not a valid choice.",
      "{\"a\":1}                   | \"{'a': 1}\" is not a valid choice.",
      "true                        | \"True\" is not a valid choice.",
      "false                       | \"False\" is not a valid choice.",
      "5                           | \"5\" is not a valid choice.",
      "1.5                         | \"1.5\" is not a valid choice.",
      "1e5                         | \"100000.0\" is not a valid choice.",
      "-0                          | \"0\" is not a valid choice.",
      "12345678901234567890        | \"12345678901234567890\" is not a valid choice.",
      "[[\"ogg\",1],{\"b\":null}]  | \"[['ogg', 1], {'b': None}]\" is not a valid choice.",
      "[true,null,1.0]             | \"[True, None, 1.0]\" is not a valid choice.",
      "{\"k\":\"v\",\"n\":[1,2]}   | \"{'k': 'v', 'n': [1, 2]}\" is not a valid choice.",
      "[\"it's\"]                  | \"[\"it's\"]\" is not a valid choice.",
      "[\"a\\\"b\"]                | \"['a\"b']\" is not a valid choice.",
      "[\"it's \\\"q\\\"\"]        | \"['it\\'s \"q\"']\" is not a valid choice.",
      "[\"\\u00e9\"]               | \"['é']\" is not a valid choice.",
      "[\"a\\\\b\"]                | \"['a\\\\b']\" is not a valid choice.",
      "[\"\\n\"]                   | \"['\\n']\" is not a valid choice.",
      "\"it's\"                    | \"it's\" is not a valid choice."})
  void create_choiceFieldOfAnotherKind_refusedWithPythonsTextOfIt(String value, String message) {
    HttpResponse<String> response = server.write("POST", "/api/", "staff", "{" + FIELDS + ",\"site\":" + value + "}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("site").get(0).asText()).isEqualTo(message);
    assertThat(json(response).size()).isEqualTo(1);
  }

  @Test
  void create_instrumentTypeNumber_isNoChoice() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff",
        "{" + FIELDS + ",\"site\":\"ogg\",\"instrument_type\":5}");

    assertThat(response.body()).isEqualTo("{\"instrument_type\":[\"\\\"5\\\" is not a valid choice.\"]}");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"5 | 5", "1.5 | 1.5", "1e5 | 100000.0"})
  void create_reasonNumber_storedAsPythonsText(String value, String stored) {
    HttpResponse<String> response = server.write("POST", "/api/", "staff",
        "{" + FIELDS + ",\"site\":\"ogg\",\"reason\":" + value + "}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).get("reason").asText()).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "[\"x\"]", "{\"a\":1}"})
  void create_reasonOfAnotherKind_notAValidString(String value) {
    HttpResponse<String> response = server.write("POST", "/api/", "staff",
        "{" + FIELDS + ",\"site\":\"ogg\",\"reason\":" + value + "}");

    assertThat(response.body()).isEqualTo("{\"reason\":[\"Not a valid string.\"]}");
  }

  @Test
  void create_everyFieldOfTheWrongKind_everyFieldInOneAnswer() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff",
        "{\"start\":5,\"end\":true,\"site\":[\"ogg\"],\"enclosure\":\"nop\",\"telescope\":null,\"reason\":[1]}");

    String badDate = "[\"Datetime has wrong format. Use one of these formats instead: "
        + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].\"]";
    assertThat(response.body()).isEqualTo("{\"start\":" + badDate + ",\"end\":" + badDate
        + ",\"site\":[\"\\\"['ogg']\\\" is not a valid choice.\"],\"enclosure\":[\"\\\"nop\\\" is not a valid choice.\"],"
        + "\"telescope\":[\"This field may not be null.\"],\"reason\":[\"Not a valid string.\"]}");
  }

  private static List<Long> ids(HttpResponse<String> response) {
    List<Long> found = new ArrayList<>();
    json(response).get("results").forEach(row -> found.add(row.get("id").asLong()));
    return found;
  }
}
