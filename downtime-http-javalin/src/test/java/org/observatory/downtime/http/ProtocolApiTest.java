package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;

/** DESIGN §3.1 around the data, over a real port: CORS, OPTIONS, redirects, HEAD, 404/405/413, gzip, browsers, health. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolApiTest {

  private TestServer server;
  private long id;

  @BeforeAll
  void start() {
    server = TestServer.start();
    for (int i = 0; i < 60; i++) {
      id = server.seed(Drafts.aDraft(Instant.parse("2026-12-01T10:00:00Z").plusSeconds(3600L * i), 1)
          .withReason("Routine maintenance number " + i)).id();
    }
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void cors_preflight_allowsEveryMethodAndTheObservatoryHeaders() {
    for (String path : List.of("/api/", "/api/" + id + "/", "/api/series/1/", "/api/history/")) {
      HttpResponse<String> response = server.send("OPTIONS", path, null, "Origin", "https://portal.example.org",
          "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type");

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
      assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("DELETE, GET, OPTIONS, PATCH, POST, PUT");
      assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
          .contains("accept", "authorization", "content-type", "origin", "x-csrftoken", "x-requested-with");
      assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("86400");
    }
  }

  @Test
  void cors_everyApiAnswer_evenErrors_allowsAnyOrigin() {
    for (HttpResponse<String> response : List.of(server.get("/api/"), server.get("/api/999999/"),
        server.get("/api/?site=nop"), server.write("POST", "/api/", null, "{}"), server.get("/api/nothing/here/"))) {
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
          .as(response.uri() + " " + response.statusCode()).hasValue("*");
    }
  }

  @Test
  void options_describesTheEndpointWithItsMethods() {
    assertThat(server.send("OPTIONS", "/api/", null).headers().firstValue("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
    assertThat(server.send("OPTIONS", "/api/" + id + "/", null).headers().firstValue("Allow"))
        .hasValue("GET, PUT, PATCH, DELETE, HEAD, OPTIONS");
    assertThat(server.send("OPTIONS", "/api/series/1/", null).headers().firstValue("Allow"))
        .hasValue("GET, DELETE, HEAD, OPTIONS");
    assertThat(json(server.send("OPTIONS", "/api/abc/", null)).get("name").asText()).isEqualTo("Downtime Instance");
  }

  @Test
  void redirect_withoutTrailingSlash_isPermanentToSlashedFormKeepingQuery() {
    HttpResponse<String> list = server.get("/api?site=ogg");
    HttpResponse<String> detail = server.get("/api/" + id);
    HttpResponse<String> openapi = server.get("/openapi");

    assertThat(list.statusCode()).isEqualTo(301);
    assertThat(list.headers().firstValue("Location").orElseThrow()).endsWith("/api/?site=ogg");
    assertThat(detail.headers().firstValue("Location").orElseThrow()).endsWith("/api/" + id + "/");
    assertThat(openapi.headers().firstValue("Location").orElseThrow()).endsWith("/openapi/");
    assertThat(server.get("/api/calendar.ics").statusCode()).isEqualTo(200);
  }

  @Test
  void head_methodNotAllowed_unknownPath() {
    HttpResponse<String> head = server.send("HEAD", "/api/" + id + "/", null);
    HttpResponse<String> notAllowed = server.write("DELETE", "/api/", "staff", null);
    HttpResponse<String> unknown = server.get("/api/" + id + "/history/nothing/");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(notAllowed.statusCode()).isEqualTo(405);
    assertThat(notAllowed.body()).isEqualTo("{\"detail\":\"Method \\\"DELETE\\\" not allowed.\"}");
    assertThat(notAllowed.headers().firstValue("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("{\"detail\":\"Not found.\"}");
  }

  @Test
  void securityHeaders_onEveryAnswer() {
    for (String path : List.of("/api/", "/api/999999/", "/healthz", "/nowhere", "/")) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    }
  }

  @Test
  void gzip_whenAsked_theSameJsonCompressed() throws Exception {
    String plain = server.get("/api/").body();
    HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base() + "/api/"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
    }
  }

  @Test
  void browser_preferringHtml_getsReadablePage_formatJsonForcesJson() {
    HttpResponse<String> page = server.get("/api/?limit=10&offset=10",
        "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    HttpResponse<String> forced = server.get("/api/?format=json", "Accept", "text/html");

    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("<html", "href=\"/api/docs/\"", "Routine maintenance number 10",
        "rel=\"next\" href=\"" + server.base() + "/api/?limit=10&amp;offset=20\"");
    assertThat(forced.body()).startsWith("{\"count\":60,");
  }

  @Test
  void body_overTheLimit_413() {
    String big = " ".repeat(1024 * 1024 + 1);

    HttpResponse<String> response = server.write("POST", "/api/", "staff", big);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Request body too large: at most 1048576 bytes are accepted.\"}");
  }

  @Test
  void health_readiness_metrics_docs() throws IOException {
    server.get("/api/" + id + "/");
    server.get("/api/987654/");

    assertThat(server.get("/healthz").body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(server.get("/readyz").body()).isEqualTo("{\"status\":\"ok\",\"database\":\"ok\",\"catalogue\":\"ok\"}");
    assertThat(server.get("/metrics").body())
        .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\","
            + "uri=\"/api/\\{id\\}/\"\\} [1-9]")
        .contains("downtime_database_reachable 1", "downtime_catalogue_loaded 1");
    assertThat(json(server.get("/openapi/")).get("openapi").asText()).startsWith("3.");
    assertThat(server.get("/api/docs/").body()).contains("/webjars/swagger-ui/");
    assertThat(server.get("/api/docs/init.js").body()).contains("SwaggerUIBundle");
  }

  @Test
  void withoutCatalogue_readsWork_writesAre503_readinessSaysSo() {
    try (TestServer bare = TestServer.start(WriteAccess.STAFF, TestCatalogues.none())) {
      assertThat(bare.get("/api/?site=anything").statusCode()).isEqualTo(200);
      assertThat(bare.get("/readyz").statusCode()).isEqualTo(503);
      HttpResponse<String> write = bare.write("POST", "/api/", "staff", WriteApiTest.VALID);
      assertThat(write.statusCode()).isEqualTo(503);
      assertThat(json(write).get("detail").asText()).contains("instrument catalogue");
    }
  }
}
