package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** Around the API: body limits, unexpected failures, health and readiness, the OpenAPI document and its docs page. */
abstract class OperationsApiContract extends RealPortContract {

  long id;

  @BeforeAll
  void seedDowntimes() {
    for (int i = 0; i < 60; i++) {
      id = stack.database().downtimes().create(Drafts.aDraft(Instant.parse("2026-12-01T10:00:00Z").plusSeconds(3600L * i), 1)
          .withReason("Routine maintenance number " + i).withCreatedBy("staff"), "staff").id();
    }
  }

  @Test
  void body_overOneMegabyte_isRefusedWith413() {
    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> response = api.post("/api/").as("staff").body(big, "application/json").send();

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Request body too large: at most 1048576 bytes are accepted.\"}");
  }

  @Test
  void chunkedBody_overOneMegabyte_isRefusedWith413() {
    byte[] big = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> response = api.post("/api/").as("staff").chunked(big, "application/json").send();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Request body too large: at most 1048576 bytes are accepted.\"}");
  }

  @Test
  void unexpectedFailure_is500WithoutInternals() {
    InstrumentCatalogue broken = () -> {
      throw new IllegalStateException("secret internals at com.example.Thing");
    };
    try (TestStack failing = TestStack.start(newDatabase(), WriteAccess.STAFF, broken)) {
      HttpResponse<String> response = new ApiClient(failing.baseUrl()).get("/api/").send();

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).isEqualTo("{\"detail\":\"Internal server error.\"}");
    }
  }

  @Test
  void healthz_and_readyz_whenEverythingAnswers() {
    assertThat(api.get("/healthz").send().body()).isEqualTo("{\"status\":\"ok\"}");
    HttpResponse<String> ready = api.get("/readyz").send();
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"ok\",\"catalogue\":\"ok\"}");
  }

  @Test
  void readyz_withoutCatalogue_is503NamingIt_andReadsStillWork() {
    try (TestStack bare = TestStack.start(newDatabase(), WriteAccess.STAFF, TestCatalogues.none())) {
      ApiClient client = new ApiClient(bare.baseUrl());
      HttpResponse<String> ready = client.get("/readyz").send();
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).isEqualTo("{\"status\":\"unavailable\",\"database\":\"ok\",\"catalogue\":\"not loaded\"}");
      assertThat(client.get("/api/?site=anything").send().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void metrics_countAnswersByRouteTemplate_andReportHeap() {
    api.get("/api/" + id + "/").send();
    api.get("/api/987654/").send();

    HttpResponse<String> response = api.get("/metrics").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(response.body())
        .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
            + "uri=\"/api/\\{id\\}/\"\\} [1-9]")
        .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\","
            + "uri=\"/api/\\{id\\}/\"\\} [1-9]")
        .contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
            + "uri=\"/api/{id}/\",le=\"+Inf\"}")
        .containsPattern("jvm_memory_used_bytes\\{area=\"heap\",[^}]*\\} [1-9]")
        .containsPattern("jvm_gc_[a-z_]+")
        .containsPattern("jvm_threads_live_threads [1-9]")
        .containsPattern("jetty_threads_current [1-9]")
        .containsPattern("cache_gets_total\\{cache=\"answers\",result=\"miss\"\\}")
        .contains("downtime_database_reachable 1", "downtime_catalogue_loaded 1")
        .doesNotContain("/api/" + id + "/\"");
  }

  @Test
  void openapi_documentsEveryRoute() {
    HttpResponse<String> response = api.get("/openapi/").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ReadApiContract.json(response).get("openapi").asText()).startsWith("3.");
    assertThat(ReadApiContract.json(response).get("paths").fieldNames()).toIterable()
        .contains("/api/", "/api/{id}/", "/authprofile/addupdateuser/", "/healthz", "/readyz", "/openapi/", "/metrics");
  }

  @Test
  void docsPage_rendersSwaggerUiServedByTheAppItself() {
    HttpResponse<String> page = api.get("/api/docs/").send();

    assertThat(page.statusCode()).isEqualTo(200);
    String bundle = page.body().replaceAll("(?s).*src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle.js)\".*", "$1");
    assertThat(bundle).startsWith("/webjars/swagger-ui/");
    assertThat(page.body()).doesNotContain("https://");
    assertThat(api.get(bundle).send().statusCode()).isEqualTo(200);
    assertThat(api.get("/api/docs/init.js").send().body()).contains("SwaggerUIBundle");
  }
}
