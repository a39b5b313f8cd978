package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/** {@code "night": "2026-12-03"} in place of start and end, on create, PUT and PATCH, over a real port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateByNightApiTest {

  private static final String WHERE = "\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\"";

  private TestServer server;

  @BeforeAll
  void start() {
    server = TestServer.start(WriteAccess.STAFF, TestCatalogues.fixed(TestCatalogues.withGeography()));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static Night ogg(LocalDate date, Twilight twilight) {
    return new SuncalcDarknessCalculator().night(TestCatalogues.withGeography().site("ogg").orElseThrow()
        .geography().orElseThrow(), date, twilight);
  }

  @Test
  void create_night_storesThatNightsDarknessAsStartAndEnd() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff",
        "{\"night\":\"2026-12-03\"," + WHERE + ",\"reason\":\"Recoat\"}");

    Night night = ogg(LocalDate.of(2026, 12, 3), Twilight.SUNSET);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).get("start").asText()).isEqualTo(Timestamps.format(night.darkStart().orElseThrow()));
    assertThat(json(response).get("end").asText()).isEqualTo(Timestamps.format(night.darkEnd().orElseThrow()));
    assertThat(response.body()).doesNotContain("\"night\"");
  }

  @Test
  void create_nightWithTwilight_andPatchToAnotherNight() {
    HttpResponse<String> created = server.write("POST", "/api/", "staff",
        "{\"night\":\"2026-12-03\",\"twilight\":\"astronomical\"," + WHERE + "}");
    long id = json(created).get("id").asLong();
    HttpResponse<String> patched = server.write("PATCH", "/api/" + id + "/", "staff", "{\"night\":\"2026-12-05\"}");

    assertThat(json(created).get("start").asText()).isEqualTo(Timestamps.format(
        ogg(LocalDate.of(2026, 12, 3), Twilight.ASTRONOMICAL).darkStart().orElseThrow()));
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(json(patched).get("end").asText()).isEqualTo(Timestamps.format(
        ogg(LocalDate.of(2026, 12, 5), Twilight.SUNSET).darkEnd().orElseThrow()));
  }

  @Test
  void create_nightAndStartEnd_400UnderNight() {
    HttpResponse<String> response = server.write("POST", "/api/", "staff", "{\"night\":\"2026-12-03\","
        + "\"start\":\"2026-12-03T10:00:00Z\",\"end\":\"2026-12-03T12:00:00Z\"," + WHERE + "}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"night\":[\"Give either night or start and end, not both.\"]}");
  }

  @Test
  void create_badNightOrTwilight_400NamingTheField() {
    HttpResponse<String> night = server.write("POST", "/api/", "staff", "{\"night\":\"tomorrow\"," + WHERE + "}");
    HttpResponse<String> twilight = server.write("POST", "/api/", "staff",
        "{\"night\":\"2026-12-03\",\"twilight\":\"dusk\"," + WHERE + "}");

    assertThat(night.body()).isEqualTo("{\"night\":[\"Enter a valid date: YYYY-MM-DD.\"]}");
    assertThat(twilight.statusCode()).isEqualTo(400);
    assertThat(json(twilight).has("twilight")).isTrue();
  }

  @Test
  void create_nightAtASiteWithoutCoordinates_400UnderNight() {
    try (TestServer plain = TestServer.start()) {
      HttpResponse<String> response = plain.write("POST", "/api/", "staff", "{\"night\":\"2026-12-03\"," + WHERE + "}");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"night\":[\"Site \\\"ogg\\\" has no coordinates (lat, long) in the "
          + "catalogue, so its nights cannot be computed.\"]}");
    }
  }
}
