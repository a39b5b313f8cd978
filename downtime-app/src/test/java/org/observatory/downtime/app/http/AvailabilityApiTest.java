package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.app.http.ReadApiContract.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.app.support.TestDatabase;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.model.WriteAccess;

class AvailabilityApiTest {

  private static final String WINDOW = "starts_after=2026-12-01&ends_before=2026-12-02";

  private final TestStack stack = TestStack.start(TestDatabase.sqlite(), WriteAccess.AUTHENTICATED);
  private final ApiClient api = new ApiClient(stack.baseUrl());

  @AfterEach
  void stop() {
    stack.close();
  }

  @Test
  void availability_overlappingDowntimes_countOnce_perTelescopeAndInstrumentType() {
    create("2m0a", "", "2026-11-30T22:00:00Z", "2026-12-01T04:00:00Z");
    create("2m0a", "", "2026-12-01T02:00:00Z", "2026-12-01T06:00:00Z");
    create("2m0a", "2M0-SCICAM-MUSCAT", "2026-12-01T10:00:00Z", "2026-12-01T13:00:00Z");

    HttpResponse<String> answer = api.get("/api/availability/?" + WINDOW + "&site=ogg").send();

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode body = json(answer);
    assertThat(body.get("window").get("hours").asDouble()).isEqualTo(24.0);
    assertThat(body.get("telescopes")).extracting(t -> t.get("name").asText())
        .containsExactly("ogg.clma.0m4b", "ogg.clma.2m0a");
    JsonNode big = body.get("telescopes").get(1);
    assertThat(big.get("down_hours").asDouble()).isEqualTo(6.0);
    assertThat(big.get("fraction").asDouble()).isEqualTo(0.25);
    assertThat(big.get("intervals")).singleElement().satisfies(interval -> {
      assertThat(interval.get("start").asText()).isEqualTo("2026-12-01T00:00:00Z");
      assertThat(interval.get("end").asText()).isEqualTo("2026-12-01T06:00:00Z");
    });
    JsonNode muscat = big.get("instrument_types").get(0);
    assertThat(muscat.get("instrument_type").asText()).isEqualTo("2M0-SCICAM-MUSCAT");
    assertThat(muscat.get("down_hours").asDouble()).isEqualTo(3.0);
    assertThat(body.get("telescopes").get(0).get("down_hours").asDouble()).isZero();
  }

  @Test
  void availability_withoutWindow_is400NamingBothBounds() {
    HttpResponse<String> refused = api.get("/api/availability/").send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("starts_after").get(0).asText()).isEqualTo("This field is required.");
    assertThat(json(refused).get("ends_before").get(0).asText()).isEqualTo("This field is required.");
  }

  @Test
  void availability_emptyWindowOrBadDateOrUnknownSite_is400() {
    assertThat(json(api.get("/api/availability/?starts_after=2026-12-02&ends_before=2026-12-01").send())
        .get("ends_before").get(0).asText()).contains("after starts_after");
    assertThat(json(api.get("/api/availability/?starts_after=soon&ends_before=2026-12-01").send())
        .get("starts_after").get(0).asText()).isEqualTo("Enter a valid date/time.");
    assertThat(json(api.get("/api/availability/?" + WINDOW + "&site=nop").send()).has("site")).isTrue();
  }

  private void create(String telescope, String instrumentType, String start, String end) {
    String body = "{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"site\":\"ogg\",\"enclosure\":\"clma\","
        + "\"telescope\":\"" + telescope + "\",\"instrument_type\":\"" + instrumentType + "\"}";
    assertThat(api.post("/api/").as("staff").json(body).send().statusCode()).isEqualTo(201);
  }
}
