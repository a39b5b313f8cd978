package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every answer carries the request's id: the client's {@code X-Request-ID} when usable, otherwise a new one. */
class RequestIdTest {

  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void requestId_givenByTheClient_isSentBack() {
    HttpResponse<String> answer = server.get("/api/", "X-Request-ID", "lb-7f3a:2026/11=ok_1.2-3");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("X-Request-ID")).hasValue("lb-7f3a:2026/11=ok_1.2-3");
  }

  @Test
  void requestId_absent_aNewOneEachRequest() {
    String first = server.get("/api/").headers().firstValue("X-Request-ID").orElseThrow();
    String second = server.get("/api/987654/").headers().firstValue("X-Request-ID").orElseThrow();

    assertThat(first).matches("[0-9a-f]{32}");
    assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
  }

  @Test
  void requestId_unusable_isReplaced() {
    String spaces = server.get("/healthz", "X-Request-ID", "forged id\" level=ERROR").headers()
        .firstValue("X-Request-ID").orElseThrow();
    String tooLong = server.get("/healthz", "X-Request-ID", "a".repeat(129)).headers()
        .firstValue("X-Request-ID").orElseThrow();

    assertThat(spaces).matches("[0-9a-f]{32}");
    assertThat(tooLong).matches("[0-9a-f]{32}");
  }

  @Test
  void requestId_onRefusalsAndErrors_isSentToo() {
    HttpResponse<String> refused = server.write("POST", "/api/", null, "{}");
    HttpResponse<String> missing = server.get("/nowhere/", "X-Request-ID", "trace-404");

    assertThat(refused.statusCode()).isIn(401, 403);
    assertThat(refused.headers().firstValue("X-Request-ID")).isPresent();
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("X-Request-ID")).hasValue("trace-404");
  }
}
