package org.observatory.downtime.app.reliability;

import org.observatory.downtime.app.support.PostgresSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list answer cache (on by default) never shows an answer older than the last write, whichever of two instances
 * sharing the database took the write, keeps conditional GET right, and never hands one client's links or format to
 * another.
 */
class AnswerCacheConsistencyTest {

  private static final String WINDOW = "/api/?ends_after=2027-01-01%2000:00:00&starts_before=2027-03-01%2000:00:00";

  @TempDir
  Path directory;

  @Test
  void sqlite_writesThroughEitherInstance_showInTheNextRead() {
    try (ReliabilityStack first = ReliabilityStack.start(ReliabilityStack.sqlite(directory), Clock.systemUTC());
         ReliabilityStack second = ReliabilityStack.start(ReliabilityStack.sqlite(directory), Clock.systemUTC())) {
      writesShowAtOnce(first, second);
    }
  }

  @Test
  void postgresql_writesThroughEitherInstance_showInTheNextRead() {
    try (PostgresSchema schema = PostgresSchema.create();
         ReliabilityStack first = ReliabilityStack.start(
             ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory), Clock.systemUTC());
         ReliabilityStack second = ReliabilityStack.start(
             ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory), Clock.systemUTC())) {
      writesShowAtOnce(first, second);
    }
  }

  @Test
  void sqlite_sameQueryFromOtherSchemeOrFormat_getsItsOwnAnswer() {
    // The test client is the reverse proxy here: its X-Forwarded-Proto counts only because it is listed.
    Map<String, String> environment = new java.util.HashMap<>(ReliabilityStack.sqlite(directory));
    environment.put("TRUSTED_PROXIES", "127.0.0.1, ::1");
    try (ReliabilityStack stack = ReliabilityStack.start(environment, Clock.systemUTC())) {
      create(stack, 1);
      create(stack, 2);
      String page = "/api/?limit=1";

      assertThat(stack.http.get(page).body()).contains("\"next\":\"http://127.0.0.1:");
      assertThat(stack.http.get(page, "X-Forwarded-Proto", "https").body()).contains("\"next\":\"https://127.0.0.1:");
      assertThat(stack.http.get(page).body()).contains("\"next\":\"http://127.0.0.1:");
      assertThat(stack.http.get(page + "&extra=kept").body()).contains("extra=kept");
      HttpResponse<String> html = stack.http.get(page, "Accept", "text/html");
      assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
          .startsWith("text/html"));
      assertThat(stack.http.get(page).headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
          .startsWith("application/json"));
      assertThat(stack.http.get("/api/?limit=1&offset=1").body()).contains("\"previous\":\"http://127.0.0.1:")
          .doesNotContain("\"previous\":null");
    }
  }

  @Test
  void sqlite_gzipRequest_getsTheSameAnswerCompressedWithTheSameTag() throws IOException {
    try (ReliabilityStack stack = ReliabilityStack.start(ReliabilityStack.sqlite(directory), Clock.systemUTC())) {
      for (int i = 0; i < 20; i++) {
        create(stack, i);
      }
      HttpResponse<String> plain = stack.http.get("/api/");
      assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
      String tag = plain.headers().firstValue("ETag").orElseThrow();

      for (int i = 0; i < 2; i++) {
        HttpResponse<byte[]> zipped = bytes(stack, "Accept-Encoding", "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("ETag")).hasValue(tag);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
      }
      HttpResponse<byte[]> notModified = bytes(stack, "Accept-Encoding", "gzip", "If-None-Match", tag);
      assertThat(notModified.statusCode()).isEqualTo(304);
      assertThat(notModified.body()).isEmpty();
      assertThat(notModified.headers().firstValue("Content-Encoding")).isEmpty();
    }
  }

  private static void writesShowAtOnce(ReliabilityStack first, ReliabilityStack second) {
    String a = create(first, 2);
    // Both instances now keep the answer with one downtime.
    for (ReliabilityStack stack : new ReliabilityStack[] {first, second, first, second}) {
      assertThat(stack.http.get(WINDOW).body()).contains("\"count\":1").contains("\"reason\":\"write 2\"");
    }
    HttpResponse<String> before = first.http.get(WINDOW);
    String tag = before.headers().firstValue("ETag").orElseThrow();
    assertThat(first.http.get(WINDOW, "If-None-Match", tag).statusCode()).isEqualTo(304);

    HttpResponse<String> patched = second.http.send("PATCH", "/api/" + a + "/",
        "{\"reason\":\"patched\"}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json", "Authorization", "Token " + ReliabilityStack.TOKEN);
    assertThat(patched.statusCode()).isEqualTo(200);
    HttpResponse<String> afterUpdate = first.http.get(WINDOW, "If-None-Match", tag);
    assertThat(afterUpdate.statusCode()).as("the old tag no longer matches").isEqualTo(200);
    assertThat(afterUpdate.body()).contains("\"reason\":\"patched\"").doesNotContain("write 2");
    assertThat(afterUpdate.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
    assertThat(second.http.get(WINDOW).body()).contains("\"reason\":\"patched\"");

    String b = create(second, 3);
    assertThat(first.http.get(WINDOW).body()).contains("\"count\":2").contains("\"id\":" + b + ",");

    HttpResponse<String> deleted = first.http.send("DELETE", "/api/" + a + "/", null,
        "Authorization", "Token " + ReliabilityStack.TOKEN);
    assertThat(deleted.statusCode()).isEqualTo(204);
    HttpResponse<String> afterDelete = second.http.get(WINDOW);
    assertThat(afterDelete.body()).contains("\"count\":1").doesNotContain("\"id\":" + a + ",");
    assertThat(first.http.get(WINDOW).body()).isEqualTo(afterDelete.body());

    String latest = afterDelete.headers().firstValue("ETag").orElseThrow();
    assertThat(second.http.get(WINDOW, "If-None-Match", latest).statusCode()).isEqualTo(304);
    assertThat(second.http.get(WINDOW, "If-None-Match", latest).body()).isEmpty();
  }

  // java.net.http leaves gzip bodies compressed: read as bytes.
  private static HttpResponse<byte[]> bytes(ReliabilityStack stack, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.http.base + "/api/"));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String create(ReliabilityStack stack, int n) {
    HttpResponse<String> created = stack.http.postJson("/api/", ReliabilityStack.validBody(n), ReliabilityStack.TOKEN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");
  }
}
