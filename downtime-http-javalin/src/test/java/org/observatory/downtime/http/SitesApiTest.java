package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;

/** {@code GET /api/sites/}: the catalogue with its geography, public, over a real port. */
class SitesApiTest {

  @Test
  void sites_withGeography_listsEachSiteWithItsPositionAndTelescopes() {
    try (TestServer server = TestServer.start(WriteAccess.STAFF, TestCatalogues.fixed(TestCatalogues.withGeography()))) {
      HttpResponse<String> response = server.get("/api/sites/");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = json(response);
      assertThat(body.get("count").asInt()).isEqualTo(2);
      JsonNode ogg = body.get("results").get(1);
      assertThat(response.body()).contains("{\"code\":\"ogg\",\"name\":\"Haleakala\",\"lat\":20.7071,\"long\":-156.2576,"
          + "\"elevation\":3055.0,\"tz\":\"Pacific/Honolulu\",\"timezone\":-10,\"enclosures\":[{\"code\":\"clma\",");
      assertThat(ogg.get("enclosures").get(0).get("telescopes").findValuesAsText("code")).containsExactly("0m4b", "2m0a");
      assertThat(ogg.get("enclosures").get(0).get("telescopes").get(1).get("instrument_types").toString())
          .isEqualTo("[\"2M0-FLOYDS-SCICAM\",\"2M0-SCICAM-MUSCAT\"]");
    }
  }

  @Test
  void sites_withoutGeography_answersNullPositions() {
    try (TestServer server = TestServer.start()) {
      JsonNode coj = json(server.get("/api/sites/")).get("results").get(0);

      assertThat(coj.get("code").asText()).isEqualTo("coj");
      assertThat(coj.get("lat").isNull()).isTrue();
      assertThat(coj.get("tz").isNull()).isTrue();
    }
  }

  @Test
  void sites_noCatalogue_503() {
    try (TestServer server = TestServer.start(WriteAccess.STAFF, TestCatalogues.none())) {
      assertThat(server.get("/api/sites/").statusCode()).isEqualTo(503);
    }
  }
}
