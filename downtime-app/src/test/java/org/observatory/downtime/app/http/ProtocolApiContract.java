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
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** DESIGN §3.1 around the data: redirects, HEAD, OPTIONS, CORS, security headers, gzip, browsers, 404/405. */
abstract class ProtocolApiContract extends RealPortContract {

  long id;

  @BeforeAll
  void seedDowntimes() {
    for (int i = 0; i < 60; i++) {
      id = stack.database().downtimes().create(Drafts.aDraft(Instant.parse("2026-12-01T10:00:00Z").plusSeconds(3600L * i), 1)
          .withReason("Routine maintenance number " + i).withCreatedBy("staff"), "staff").id();
    }
  }

  @Test
  void redirect_withoutTrailingSlash_isPermanentToSlashedFormKeepingQuery() {
    HttpResponse<String> list = api.get("/api?site=ogg").send();
    HttpResponse<String> detail = api.get("/api/" + id).send();

    assertThat(list.statusCode()).isEqualTo(301);
    assertThat(list.headers().firstValue("Location").orElseThrow()).endsWith("/api/?site=ogg");
    assertThat(detail.statusCode()).isEqualTo(301);
    assertThat(detail.headers().firstValue("Location").orElseThrow()).endsWith("/api/" + id + "/");
  }

  @Test
  void head_answersLikeGetWithoutBody() {
    HttpResponse<String> response = api.method("HEAD", "/api/" + id + "/").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void options_listsAllowedMethods() {
    HttpResponse<String> list = api.method("OPTIONS", "/api/").send();
    HttpResponse<String> detail = api.method("OPTIONS", "/api/" + id + "/").send();

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
    assertThat(detail.headers().firstValue("Allow")).hasValue("GET, PUT, PATCH, DELETE, HEAD, OPTIONS");
  }

  @Test
  void cors_preflight_allowsEveryMethodAndTheObservatoryHeaders() {
    HttpResponse<String> response = api.method("OPTIONS", "/api/")
        .header("Origin", "https://portal.example.org")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("DELETE, GET, OPTIONS, PATCH, POST, PUT");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .contains("accept", "authorization", "content-type", "origin", "x-csrftoken", "x-requested-with");
    assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("86400");
  }

  @Test
  void cors_everyApiAnswer_evenErrors_allowsAnyOrigin() {
    for (HttpResponse<String> response : new HttpResponse[] {
        api.get("/api/").header("Origin", "https://x.example").send(),
        api.get("/api/999999/").send(),
        api.get("/api/?site=nop").send(),
        api.post("/api/").json("{}").send()}) {
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(response.uri() + " " + response.statusCode())
          .hasValue("*");
    }
  }

  @Test
  void securityHeaders_onEveryAnswer() {
    for (String path : new String[] {"/api/", "/api/999999/", "/healthz", "/nowhere"}) {
      HttpResponse<String> response = api.get(path).send();
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    }
  }

  @Test
  void gzip_whenAsked_theSameJsonCompressed() throws IOException {
    String plain = api.get("/api/").send().body();
    HttpResponse<byte[]> zipped = api.get("/api/").header("Accept-Encoding", "gzip").sendBytes();

    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
    }
    assertThat(zipped.body().length).isLessThan(plain.length() / 3);
  }

  @Test
  void browser_preferringHtml_getsReadablePageWithPagingAndDocsLinks() {
    HttpResponse<String> response = api.get("/api/?limit=10&offset=10")
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body()).contains("<html", "href=\"/api/docs/\"", "Routine maintenance number 10",
        "rel=\"next\" href=\"" + api.base + "/api/?limit=10&amp;offset=20\"",
        "rel=\"prev\" href=\"" + api.base + "/api/?limit=10\"");
  }

  @Test
  void browser_formatJson_forcesJson() {
    HttpResponse<String> response = api.get("/api/?format=json").header("Accept", "text/html").send();

    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(response.body()).startsWith("{\"count\":60,");
  }

  @Test
  void client_acceptingAnything_getsJson() {
    assertThat(api.get("/api/").header("Accept", "*/*").send().body()).startsWith("{\"count\":60,");
  }

  @Test
  void methodNotAllowed_isRefusedWithDetail() {
    HttpResponse<String> response = api.delete("/api/").as("staff").send();

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Method \\\"DELETE\\\" not allowed.\"}");
    assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, HEAD, OPTIONS");
  }

  @Test
  void unknownApiPath_isNotFoundAsJson() {
    HttpResponse<String> response = api.get("/api/" + id + "/history/nothing/").send();

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"detail\":\"Not found.\"}");
  }

}
