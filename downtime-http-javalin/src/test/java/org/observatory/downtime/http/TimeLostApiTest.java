package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/** The dark-time-lost report: {@code /api/reports/time-lost/} (JSON and CSV) and the {@code /reports/} page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeLostApiTest {

  private TestServer server;

  @BeforeAll
  void start() {
    server = TestServer.start(WriteAccess.STAFF, TestCatalogues.fixed(TestCatalogues.withGeography()));
    Night night = new SuncalcDarknessCalculator().night(TestCatalogues.withGeography().site("ogg").orElseThrow()
        .geography().orElseThrow(), LocalDate.of(2026, 11, 10), Twilight.ASTRONOMICAL);
    // Two dark hours of maintenance and one of engineering on ogg.clma.2m0a, the night of 10 November.
    server.seed(DowntimeDraft.of(night.darkStart().orElseThrow(), night.darkStart().orElseThrow().plusSeconds(7200),
        "ogg", "clma", "2m0a").withCategory("maintenance"));
    server.seed(DowntimeDraft.of(night.darkEnd().orElseThrow().minusSeconds(3600),
        night.darkEnd().orElseThrow().plusSeconds(3600), "ogg", "clma", "2m0a").withCategory("engineering"));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void report_byTelescope_answersDarkHoursLostAndTheFraction() {
    HttpResponse<String> response = server.get("/api/reports/time-lost/?start=2026-11-01&end=2026-11-30&site=ogg");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("group").asText()).isEqualTo("telescope");
    assertThat(body.get("twilight").asText()).isEqualTo("astronomical");
    JsonNode row = body.get("rows").get(1);
    assertThat(row.get("telescope").asText()).isEqualTo("ogg.clma.2m0a");
    assertThat(row.get("dark_hours").asDouble()).isBetween(250.0, 340.0);
    assertThat(row.get("dark_hours_lost").asDouble()).isEqualTo(3.0);
    assertThat(row.get("fraction_lost").asDouble()).isBetween(0.008, 0.012);
    assertThat(row.get("dark_hours_lost_by_category").toString()).isEqualTo("{\"engineering\":1.0,\"maintenance\":2.0}");
    assertThat(body.get("rows").get(0).get("dark_hours_lost").asDouble()).isZero();
  }

  @Test
  void report_categoryFilterAndGroup_countOnlyThatCategory() {
    JsonNode body = json(server.get("/api/reports/time-lost/?start=2026-11-01&end=2026-11-30&site=ogg"
        + "&category=engineering&group=category"));

    assertThat(body.get("rows")).hasSize(1);
    assertThat(body.get("rows").get(0).get("category").asText()).isEqualTo("engineering");
    assertThat(body.get("total").get("dark_hours_lost").asDouble()).isEqualTo(1.0);
  }

  @Test
  void report_csv_isTextCsvWithAHeaderRow() {
    HttpResponse<String> response = server.get("/api/reports/time-lost/?start=2026-11-01&end=2026-11-30&site=ogg"
        + "&group=month&format=csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/csv"));
    assertThat(response.body()).startsWith("month,dark_hours,dark_hours_lost,fraction_lost,instrument_hours_lost\n"
        + "2026-11,").contains("\ntotal,");
  }

  @Test
  void report_badParameters_400NamingEachOne() {
    HttpResponse<String> response = server.get("/api/reports/time-lost/?start=yesterday&group=site&twilight=dusk"
        + "&category=party");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).fieldNames()).toIterable()
        .containsExactly("start", "end", "category", "group", "twilight");
  }

  @Test
  void reportsPage_drawsTheChartAndTheMonthTable() {
    HttpResponse<String> page = server.get("/reports/?start=2026-11-01&end=2026-11-30&site=ogg");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<svg id=\"time-lost-chart\"")
        .contains("class=\"segment cat-maintenance\"").contains("class=\"segment cat-engineering\"")
        .contains("<td>2026-11</td>").contains("href=\"/reports/\" id=\"nav-reports\"")
        .doesNotContain("<script");
  }
}
