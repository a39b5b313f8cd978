package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/** {@code GET /api/nights/}: one entry per local date with the dark hours lost, over a real port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightsApiTest {

  private TestServer server;
  private Night first;
  private long whole;
  private long instrument;

  @BeforeAll
  void start() {
    server = TestServer.start(WriteAccess.STAFF, TestCatalogues.fixed(TestCatalogues.withGeography()));
    first = new SuncalcDarknessCalculator().night(TestCatalogues.withGeography().site("ogg").orElseThrow()
        .geography().orElseThrow(), LocalDate.of(2026, 11, 1), Twilight.ASTRONOMICAL);
    Instant dark = first.darkStart().orElseThrow();
    whole = server.seed(DowntimeDraft.of(dark.minusSeconds(3600), dark.plusSeconds(2 * 3600), "ogg", "clma", "2m0a"))
        .id();
    instrument = server.seed(DowntimeDraft.of(dark, dark.plusSeconds(1800), "ogg", "clma", "0m4b")
        .withInstrumentType("0M4-SCICAM-SBIG")).id();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void nights_range_answersEachNightWithTheDarkHoursLost() {
    HttpResponse<String> response = server.get("/api/nights/?site=ogg&start=2026-11-01&end=2026-11-30");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("site").asText()).isEqualTo("ogg");
    assertThat(body.get("twilight").asText()).isEqualTo("astronomical");
    assertThat(body.get("nights")).hasSize(30);
    JsonNode night = body.get("nights").get(0);
    assertThat(response.body()).startsWith("{\"site\":\"ogg\",\"twilight\":\"astronomical\",\"nights\":[{\"night\":"
        + "\"2026-11-01\",\"dark_start\":\"" + Timestamps.format(first.darkStart().orElseThrow()) + "\",\"dark_end\":");
    assertThat(night.get("dark_hours").asDouble()).isCloseTo(first.darkHours(), org.assertj.core.data.Offset.offset(0.01));
    assertThat(night.get("downtimes").toString()).isEqualTo("[" + whole + "," + instrument + "]");
    assertThat(night.get("dark_hours_lost").toString()).isEqualTo("{\"ogg.clma.2m0a\":2.0}");
    assertThat(night.get("instrument_hours_lost").toString()).isEqualTo("{\"ogg.clma.0m4b\":0.5}");
    assertThat(body.get("nights").get(29).get("night").asText()).isEqualTo("2026-11-30");
    assertThat(body.get("nights").get(29).get("downtimes")).isEmpty();
  }

  @Test
  void nights_telescopeFilter_countsOnlyThatTelescope() {
    JsonNode night = json(server.get("/api/nights/?site=ogg&start=2026-11-01&end=2026-11-01&telescope=0m4b"))
        .get("nights").get(0);

    assertThat(night.get("downtimes").toString()).isEqualTo("[" + instrument + "]");
    assertThat(night.get("dark_hours_lost")).isEmpty();
  }

  @Test
  void nights_badParameters_400NamingEachField() {
    HttpResponse<String> missing = server.get("/api/nights/");
    HttpResponse<String> bad = server.get("/api/nights/?site=nop&start=2026-11-01&end=2027-12-01&twilight=dusk");
    HttpResponse<String> dates = server.get("/api/nights/?site=ogg&start=1.11.2026&end=2026-11-31");

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).fieldNames()).toIterable().containsExactly("site", "start", "end");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).has("twilight")).isTrue();
    assertThat(dates.body()).isEqualTo("{\"start\":[\"Enter a valid date: YYYY-MM-DD.\"],"
        + "\"end\":[\"Enter a valid date: YYYY-MM-DD.\"]}");
    HttpResponse<String> range = server.get("/api/nights/?site=nop&start=2026-11-01&end=2027-12-31");
    assertThat(range.body()).contains("\"site\":[").contains("\"end\":[\"At most 400 nights per request.\"]");
  }
}
