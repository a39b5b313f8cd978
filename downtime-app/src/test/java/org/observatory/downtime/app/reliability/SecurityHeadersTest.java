package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of answer (API JSON, its HTML rendering, pages, errors, static assets, health) carries the protective
 * headers and never shows a stack trace, SQL or a secret.
 */
class SecurityHeadersTest {

  private static final String TOKEN_HEADER = "Token " + ReliabilityStack.TOKEN;

  @TempDir
  Path directory;

  private ReliabilityStack stack;
  private String id;

  @BeforeEach
  void start() {
    stack = ReliabilityStack.start(ReliabilityStack.sqlite(directory), Clock.systemUTC());
    HttpResponse<String> created = stack.http.postJson("/api/", ReliabilityStack.validBody(1), ReliabilityStack.TOKEN);
    id = created.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");
  }

  @AfterEach
  void stop() {
    stack.close();
  }

  @Test
  void everyKindOfAnswer_carriesProtectiveHeadersAndNoInternals() {
    List<HttpResponse<String>> answers = List.of(
        stack.http.get("/api/"),
        stack.http.get("/api/", "Accept", "text/html"),
        stack.http.get("/api/" + id + "/"),
        stack.http.get("/api/" + id + "/", "Accept", "text/html,application/xhtml+xml"),
        stack.http.get("/api/987654/"),
        stack.http.get("/api/?starts_after=yesterday&site=nop"),
        stack.http.get("/api"),
        stack.http.send("POST", "/api/", "{}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json"),
        stack.http.send("POST", "/api/", "{\"start\":".getBytes(StandardCharsets.UTF_8), "Content-Type",
            "application/json", "Authorization", TOKEN_HEADER),
        stack.http.send("POST", "/api/", "{}".getBytes(StandardCharsets.UTF_8), "Authorization", "Token nope"),
        stack.http.send("POST", "/api/", new byte[1_200_000], "Authorization", TOKEN_HEADER),
        stack.http.send("TRACE", "/api/", null),
        stack.http.send("OPTIONS", "/api/", null, "Origin", "https://portal.example", "Access-Control-Request-Method", "POST"),
        stack.http.get("/"),
        stack.http.get("/?site=%3Cscript%3E"),
        stack.http.get("/admin/login/"),
        stack.http.get("/admin/"),
        stack.http.get("/admin/999/change/"),
        stack.http.get("/static/downtime.css"),
        stack.http.get("/openapi/"),
        stack.http.get("/api/docs/"),
        stack.http.get("/healthz"),
        stack.http.get("/readyz"),
        stack.http.get("/no/such/page/"),
        stack.http.send("POST", "/authprofile/addupdateuser/", "[]".getBytes(StandardCharsets.UTF_8),
            "Authorization", "Server " + ReliabilityStack.SERVER_KEY));

    SoftAssertions softly = new SoftAssertions();
    for (HttpResponse<String> answer : answers) {
      String what = answer.request().method() + " " + answer.uri() + " (" + answer.statusCode() + ")";
      softly.assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
      boolean frameDenied = answer.headers().firstValue("X-Frame-Options").filter("DENY"::equalsIgnoreCase).isPresent()
          || answer.headers().firstValue("Content-Security-Policy").filter(p -> p.contains("frame-ancestors 'none'")).isPresent();
      softly.assertThat(frameDenied).as(what + " frame protection").isTrue();
      softly.assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).isPresent();
      softly.assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
          .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'", "object-src 'none'")
              .doesNotContain("unsafe-inline", "unsafe-eval"));
      softly.assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(what + " over http").isEmpty();
      softly.assertThat(answer.statusCode()).as(what).isLessThan(500);
      softly.assertThat(answer.body()).as(what).doesNotContain("Exception", "\tat ", "SELECT ", "INSERT ",
          ReliabilityStack.SECRET_KEY, ReliabilityStack.TOKEN, ReliabilityStack.SERVER_KEY);
    }
    softly.assertAll();
    assertThat(answers).hasSize(25);
  }

  @Test
  void httpsThroughTheTrustedProxy_getsStrictTransportSecurity() {
    try (ReliabilityStack proxied = ReliabilityStack.start(withTrustedProxy(), Clock.systemUTC())) {
      HttpResponse<String> secure = proxied.http.get("/", "X-Forwarded-Proto", "https");
      HttpResponse<String> api = proxied.http.get("/api/", "X-Forwarded-Proto", "https");
      HttpResponse<String> plain = proxied.http.get("/", "X-Forwarded-Proto", "http");

      assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
      assertThat(api.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
      assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
  }

  @Test
  void forwardedHttpsFromAnUntrustedClient_getsNoStrictTransportSecurity() {
    HttpResponse<String> answer = stack.http.get("/", "X-Forwarded-Proto", "https");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private Map<String, String> withTrustedProxy() {
    Map<String, String> environment = new HashMap<>(ReliabilityStack.sqlite(directory));
    environment.put("TRUSTED_PROXIES", "127.0.0.1, ::1");
    return environment;
  }
}
