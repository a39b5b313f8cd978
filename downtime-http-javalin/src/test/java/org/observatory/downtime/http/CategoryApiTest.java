package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The {@code category} field over a real port: written by every kind of write, filtered, refused when unknown. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CategoryApiTest {

  private static final String BODY = "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\","
      + "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"reason\":\"Recoat\"";

  private TestServer server;

  @BeforeAll
  void start() {
    server = TestServer.start();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private long create(String category) {
    HttpResponse<String> response = server.write("POST", "/api/", "staff",
        BODY + ",\"category\":\"" + category + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("id").asLong();
  }

  @Test
  void create_withCategory_isTheLastKeyOfTheRepresentation() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff", BODY + ",\"category\":\"engineering\"}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).contains("\"reason\":\"Recoat\",\"created_by\":\"staff\",")
        .endsWith(",\"category\":\"engineering\"}");
  }

  @Test
  void create_withoutCategory_isUncategorised() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff", BODY + "}");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).get("category").asText()).isEmpty();
  }

  @Test
  void create_formEncoded_takesTheCategory() {
    HttpResponse<String> response = server.send("POST", "/api/", "start=2026-12-01T10%3A00&end=2026-12-01T12%3A00"
        + "&site=ogg&enclosure=clma&telescope=2m0a&category=weather",
        "Content-Type", "application/x-www-form-urlencoded", "Authorization", "Token staff-token");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).get("category").asText()).isEqualTo("weather");
  }

  @Test
  void create_unknownCategory_400NamingTheField() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff", BODY + ",\"category\":\"party\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"category\":[\"\\\"party\\\" is not a valid choice.\"]}");
  }

  @Test
  void patchAndPut_changeTheCategory_andPatchWithoutItKeepsIt() {
    long id = create("maintenance");

    HttpResponse<String> patched = server.write("PATCH", "/api/" + id + "/", "staff", "{\"category\":\"education\"}");
    HttpResponse<String> reason = server.write("PATCH", "/api/" + id + "/", "staff", "{\"reason\":\"Class\"}");
    HttpResponse<String> put = server.write("PUT", "/api/" + id + "/", "staff", BODY + ",\"category\":\"realtime\"}");

    assertThat(json(patched).get("category").asText()).isEqualTo("education");
    assertThat(json(reason).get("category").asText()).isEqualTo("education");
    assertThat(json(put).get("category").asText()).isEqualTo("realtime");
  }

  @Test
  void list_categoryRepeated_answersEitherCategory() {
    long other = create("other");
    long weather = create("weather");
    create("maintenance");

    HttpResponse<String> response = server.get("/api/?category=other&category=weather&limit=1000&order=start");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("results").findValuesAsText("category")).containsOnly("other", "weather");
    assertThat(json(response).get("results").findValuesAsText("id"))
        .contains(Long.toString(other), Long.toString(weather));
  }

  @Test
  void list_unknownCategory_400NamingTheParameter() {
    HttpResponse<String> response = server.get("/api/?category=party");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"category\":[\"Select a valid choice. party is not one of the available choices.\"]}");
  }
}
