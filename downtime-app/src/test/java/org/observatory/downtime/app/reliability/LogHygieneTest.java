package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.observatory.downtime.app.LogSetup;
import org.observatory.downtime.app.support.PostgresSchema;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the service logs (Logback on stderr, captured here, as text lines and as JSON objects) through start-up, logins,
 * refusals, bad input and a database outage never holds a secret, a password, a token, a stack trace or SQL; each
 * request's lines carry its id.
 */
class LogHygieneTest {

  private static final String PASSWORD = "s3cret-Passw0rd-for-logs";
  private static final java.util.regex.Pattern STACK_TRACE_HEAD =
      java.util.regex.Pattern.compile("^\\s*[\\w.$]+(Exception|Error)(:.*)?$");

  @TempDir
  Path directory;

  @Test
  void logLines_throughLoginsRefusalsAndAnOutage_holdNoSecretsTracesOrSql() throws Exception {
    String log = capture("text");

    assertThat(log).as("something was logged").contains("GET /api/").contains("[hygiene-request-1]");
    assertClean(log);
    // A stack trace starts with a line holding only the exception: "org.postgresql.util.PSQLException: ..."
    assertThat(log.lines().filter(STACK_TRACE_HEAD.asPredicate())).isEmpty();
  }

  @Test
  void logLines_inJsonFormat_areOneObjectPerLineWithRequestIds_andHoldNoSecretsTracesOrSql() throws Exception {
    String log = capture("json");

    ObjectMapper json = new ObjectMapper();
    java.util.List<JsonNode> events = new java.util.ArrayList<>();
    for (String line : log.lines().filter(line -> !line.isBlank()).toList()) {
      JsonNode event = json.readTree(line);
      assertThat(event.isObject()).as(line).isTrue();
      assertThat(event.has("@timestamp") && event.has("level") && event.has("logger_name") && event.has("message"))
          .as(line).isTrue();
      assertThat(event.has("stack_trace")).as(line).isFalse();
      events.add(event);
    }
    assertThat(events).anySatisfy(event -> {
      assertThat(event.get("message").asText()).startsWith("GET /api/");
      assertThat(event.get("request_id").asText()).isEqualTo("hygiene-request-1");
    });
    assertClean(log);
  }

  // Runs the scenario with the log in this format; the text of stderr meanwhile.
  private String capture(String format) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    // Reconfigured first: request lines still queued in the previous configuration (another format) are written out
    // as it stops, and belong to the real stderr, not to this capture.
    LogSetup.apply(format, "info");
    System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
    try (PostgresSchema schema = PostgresSchema.create(); TcpProxy proxy = new TcpProxy(PostgresSchema.PORT)) {
      Map<String, String> environment = new HashMap<>(ReliabilityStack.postgresql(schema, proxy.port(), directory));
      environment.put("DB_PASS", "database-password-9k2");
      environment.put("DEBUG", "false");
      try (ReliabilityStack stack = ReliabilityStack.start(environment, Clock.systemUTC())) {
        exercise(stack, proxy);
        stack.http.send("GET", "/healthz", null, "X-Request-ID", "hygiene-last");
        // The request log is written by another thread: wait for the last request's line.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!captured.toString(StandardCharsets.UTF_8).contains("hygiene-last") && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
      }
    } finally {
      LogSetup.apply("text", "info");
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static void assertClean(String log) {
    assertThat(log).doesNotContain(ReliabilityStack.SECRET_KEY, ReliabilityStack.TOKEN, ReliabilityStack.SERVER_KEY,
        PASSWORD, "database-password-9k2", "wrong-token-abc", "\tat ", "\\tat ", "Caused by:", "SELECT ", "INSERT ");
  }

  private static void exercise(ReliabilityStack stack, TcpProxy proxy) {
    stack.application.services().users().createLocalUser("logger", PASSWORD.toCharArray(), true);
    String basic = "Basic " + Base64.getEncoder().encodeToString(("logger:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    String wrongBasic = "Basic " + Base64.getEncoder().encodeToString(("logger:" + PASSWORD + "x").getBytes(StandardCharsets.UTF_8));
    assertThat(stack.http.send("GET", "/api/?limit=1", null, "X-Request-ID", "hygiene-request-1").statusCode())
        .isEqualTo(200);
    assertThat(stack.http.postJson("/api/", ReliabilityStack.validBody(2), ReliabilityStack.TOKEN).statusCode()).isEqualTo(201);
    assertThat(stack.http.send("POST", "/api/", ReliabilityStack.validBody(3).getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json", "Authorization", basic).statusCode()).isEqualTo(201);
    assertThat(stack.http.send("POST", "/api/", "{}".getBytes(StandardCharsets.UTF_8), "Authorization", wrongBasic)
        .statusCode()).isEqualTo(401);
    assertThat(stack.http.postJson("/api/", "{}", "wrong-token-abc").statusCode()).isEqualTo(401);
    assertThat(stack.http.postJson("/api/", "{\"start\":\"2027-13-01T00:00:00Z\"}", ReliabilityStack.TOKEN).statusCode())
        .isEqualTo(400);
    assertThat(stack.http.send("POST", "/authprofile/addupdateuser/", ("{\"username\":\"pushed\",\"tokens\":"
        + "{\"api_token\":\"wrong-token-abc\"}}").getBytes(StandardCharsets.UTF_8), "Authorization",
        "Server " + ReliabilityStack.SERVER_KEY).statusCode()).isEqualTo(200);
    AdminLogin.sessionCookie(stack.http, "logger", PASSWORD);
    assertThat(stack.http.get("/api/?site=%27%3B+DROP+TABLE+downtime%3B--").statusCode()).isEqualTo(400);

    proxy.cut();
    HttpResponse<String> outage = stack.http.get("/api/?limit=3");
    assertThat(outage.statusCode()).isEqualTo(503);
    assertThat(stack.http.postJson("/api/", ReliabilityStack.validBody(4), ReliabilityStack.TOKEN).statusCode()).isEqualTo(503);
    assertThat(stack.http.get("/readyz").statusCode()).isEqualTo(503);
    proxy.restore();
    HttpResponse<String> ready = stack.http.get("/readyz");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
      ready = stack.http.get("/readyz");
    }
    assertThat(ready.statusCode()).isEqualTo(200);
  }

  /** Writes to the real stderr and to the capture. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
