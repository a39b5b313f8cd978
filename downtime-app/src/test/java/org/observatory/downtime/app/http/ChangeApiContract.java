package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** DESIGN §3.3 beyond the old service: PUT replaces, PATCH merges, DELETE removes, with the same validation. */
abstract class ChangeApiContract extends RealPortContract {

  @Test
  void put_replacesEveryField_andKeepsTheCreator() {
    long id = createdId(WriteApiContract.VALID);
    HttpResponse<String> response = api.put("/api/" + id + "/").as("root").json("{\"start\":\"2026-12-02 08:00\","
        + "\"end\":\"2026-12-02T10:00:00+01:00\",\"site\":\"coj\",\"enclosure\":\"doma\",\"telescope\":\"1m0a\","
        + "\"instrument_type\":\"1M0-SCICAM-SINISTRO\",\"reason\":\"Moved\"}").send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"id\":" + id + ",\"start\":\"2026-12-02T08:00:00Z\",\"end\":\"2026-12-02T09:00:00Z\"");
    JsonNode body = ReadApiContract.json(response);
    assertThat(body.get("site").asText()).isEqualTo("coj");
    assertThat(body.get("created_by").asText()).isEqualTo("staff");
  }

  @Test
  void put_missingRequiredField_isRefused() {
    long id = createdId(WriteApiContract.VALID);
    HttpResponse<String> response = api.put("/api/" + id + "/").as("staff").json("{\"reason\":\"only this\"}").send();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(ReadApiContract.json(response).fieldNames()).toIterable()
        .containsExactly("start", "end", "site", "enclosure", "telescope");
  }

  @Test
  void patch_mergesIntoTheStoredDowntime() {
    long id = createdId(WriteApiContract.VALID);
    HttpResponse<String> response = api.patch("/api/" + id + "/").as("staff").json("{\"reason\":\"Recoat postponed\"}").send();

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = ReadApiContract.json(response);
    assertThat(body.get("reason").asText()).isEqualTo("Recoat postponed");
    assertThat(body.get("start").asText()).isEqualTo("2026-12-01T10:00:00Z");
    assertThat(body.get("telescope").asText()).isEqualTo("2m0a");
  }

  @Test
  void patch_endBeforeStoredStart_isRefused() {
    long id = createdId(WriteApiContract.VALID);
    HttpResponse<String> response = api.patch("/api/" + id + "/").as("staff").json("{\"end\":\"2026-11-30T00:00:00Z\"}").send();

    assertThat(response.body()).isEqualTo("{\"non_field_errors\":[\"End time must be after start time\"]}");
  }

  @Test
  void patch_unknownId_isNotFound() {
    HttpResponse<String> response = api.patch("/api/987654/").as("staff").json("{\"reason\":\"x\"}").send();

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"detail\":\"No Downtime matches the given query.\"}");
  }

  @Test
  void delete_204EmptyThenGone() {
    long id = createdId(WriteApiContract.VALID);

    HttpResponse<String> deleted = api.delete("/api/" + id + "/").as("staff").send();
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(api.get("/api/" + id + "/").send().statusCode()).isEqualTo(404);
    assertThat(api.delete("/api/" + id + "/").as("staff").send().body()).isEqualTo("{\"detail\":\"No Downtime matches the given query.\"}");
  }

}
