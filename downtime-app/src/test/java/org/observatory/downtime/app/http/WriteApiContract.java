package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;

/** DESIGN §3.3 on a real port: creation from JSON, forms and multipart, and every validation answer. */
abstract class WriteApiContract extends RealPortContract {

  static final String VALID = "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\","
      + "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"reason\":\"Mirror recoat\"}";
  static final String BAD_DATE =
      "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

  @Test
  void create_json_201WithRepresentationAndLocation() {
    HttpResponse<String> response = create(VALID);

    assertThat(response.statusCode()).isEqualTo(201);
    long id = ReadApiContract.json(response).get("id").asLong();
    assertThat(response.body()).startsWith("{\"id\":" + id + ",\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\","
        + "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"instrument_type\":\"\",\"reason\":\"Mirror recoat\","
        + "\"created_by\":\"staff\",");
    assertThat(response.headers().firstValue("Location").orElseThrow()).isEqualTo(api.base + "/api/" + id + "/");
    assertThat(api.get("/api/" + id + "/").send().statusCode()).isEqualTo(200);
  }

  @Test
  void create_formEncoded_201() {
    HttpResponse<String> response = api.post("/api/").as("staff")
        .form("start=2026-12-01+10%3A00%3A00&end=2026-12-01T12%3A00&site=coj&enclosure=doma&telescope=1m0a"
            + "&instrument_type=1M0-NRES-SCICAM&reason=Form").send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = ReadApiContract.json(response);
    assertThat(body.get("start").asText()).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(body.get("instrument_type").asText()).isEqualTo("1M0-NRES-SCICAM");
  }

  @Test
  void create_multipart_201() {
    String boundary = "----downtime-boundary";
    StringBuilder body = new StringBuilder();
    String[][] fields = {{"start", "2026-12-01T10:00:00Z"}, {"end", "2026-12-01T12:00:00Z"}, {"site", "ogg"},
        {"enclosure", "clma"}, {"telescope", "0m4b"}, {"reason", "Multipart"}};
    for (String[] field : fields) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
          .append("\"\r\n\r\n").append(field[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    HttpResponse<String> response = api.post("/api/").as("staff")
        .body(body.toString().getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary).send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(ReadApiContract.json(response).get("telescope").asText()).isEqualTo("0m4b");
  }

  @Test
  void create_emptyObject_everyRequiredFieldInDeclarationOrder() {
    HttpResponse<String> response = create("{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"start\":[\"This field is required.\"],\"end\":[\"This field is required.\"],"
        + "\"site\":[\"This field is required.\"],\"enclosure\":[\"This field is required.\"],"
        + "\"telescope\":[\"This field is required.\"]}");
  }

  @Test
  void create_badDate_wrongFormatMessage() {
    HttpResponse<String> response = create(VALID.replace("2026-12-01T10:00:00Z", "01/12/2026 10:00"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"start\":[\"" + BAD_DATE + "\"]}");
  }

  @Test
  void create_unknownSite_notAValidChoice() {
    HttpResponse<String> response = create(VALID.replace("\"ogg\"", "\"nop\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"site\":[\"\\\"nop\\\" is not a valid choice.\"]}");
  }

  @Test
  void create_badDateAndUnknownSite_bothInOneAnswer() {
    HttpResponse<String> response = create(VALID.replace("2026-12-01T12:00:00Z", "tomorrow").replace("\"ogg\"", "\"nop\""));

    assertThat(response.body()).isEqualTo("{\"end\":[\"" + BAD_DATE + "\"],\"site\":[\"\\\"nop\\\" is not a valid choice.\"]}");
  }

  @Test
  void create_endBeforeStart_isRefused() {
    HttpResponse<String> response = create(VALID.replace("2026-12-01T12:00:00Z", "2026-12-01T09:00:00Z"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"non_field_errors\":[\"End time must be after start time\"]}");
  }

  @Test
  void create_combinationNotInCatalogue_isRefused() {
    HttpResponse<String> response = create(VALID.replace("\"2m0a\"", "\"1m0a\""));

    assertThat(response.body()).isEqualTo("{\"non_field_errors\":[\"The site, enclosure, telescope, and instrument_type "
        + "combination does not exist in Configdb\"]}");
  }

  @Test
  void create_reasonTooLongOrNull_isRefused() {
    HttpResponse<String> tooLong = create(VALID.replace("Mirror recoat", "x".repeat(3001)));
    HttpResponse<String> nullReason = create(VALID.replace("\"Mirror recoat\"", "null"));

    assertThat(tooLong.body()).isEqualTo("{\"reason\":[\"Ensure this field has no more than 3000 characters.\"]}");
    assertThat(nullReason.body()).isEqualTo("{\"reason\":[\"This field may not be null.\"]}");
  }

  @Test
  void create_choiceOfAnotherJsonType_isNoChoiceWrittenAsPython() {
    HttpResponse<String> response = create(VALID.replace("\"ogg\"", "[\"ogg\"]"));

    assertThat(response.body()).isEqualTo("{\"site\":[\"\\\"['ogg']\\\" is not a valid choice.\"]}");
  }

  @Test
  void create_malformedJson_parseError() {
    HttpResponse<String> response = create("{\"start\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(ReadApiContract.json(response).get("detail").asText()).startsWith("JSON parse error - ");
  }

  @Test
  void create_arrayOrScalar_expectedADictionary() {
    assertThat(create("[1,2]").body()).isEqualTo("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got list.\"]}");
    assertThat(create("\"text\"").body()).isEqualTo("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got str.\"]}");
    assertThat(create("42").body()).isEqualTo("{\"non_field_errors\":[\"Invalid data. Expected a dictionary, but got int.\"]}");
  }

  @Test
  void create_createdByInBody_isIgnored() {
    long id = createdId(VALID.replace("{", "{\"created_by\":\"mallory\","));

    assertThat(ReadApiContract.json(api.get("/api/" + id + "/").send()).get("created_by").asText()).isEqualTo("staff");
  }

  @Test
  void create_withoutCatalogue_is503WithClearMessage() {
    try (TestStack bare = TestStack.start(newDatabase(), WriteAccess.STAFF, TestCatalogues.none())) {
      HttpResponse<String> response = new ApiClient(bare.baseUrl()).post("/api/").as("staff").json(VALID).send();

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(ReadApiContract.json(response).get("detail").asText()).contains("instrument catalogue", "unavailable");
    }
  }

}
