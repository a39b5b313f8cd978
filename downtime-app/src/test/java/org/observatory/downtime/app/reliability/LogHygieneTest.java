package org.observatory.downtime.app.reliability;

import org.observatory.downtime.app.support.PostgresSchema;
import static org.assertj.core.api.Assertions.assertThat;

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
 * What the service logs (slf4j-simple on stderr, captured here) through start-up, logins, refusals, bad input and a
 * database outage never holds a secret, a password, a token, a stack trace or SQL.
 */
class LogHygieneTest {

  private static final String PASSWORD = "s3cret-Passw0rd-for-logs";
  private static final java.util.regex.Pattern STACK_TRACE_HEAD =
      java.util.regex.Pattern.compile("^\\s*[\\w.$]+(Exception|Error)(:.*)?$");

  @TempDir
  Path directory;

  @Test
  void logLines_throughLoginsRefusalsAndAnOutage_holdNoSecretsTracesOrSql() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
    try (PostgresSchema schema = PostgresSchema.create(); TcpProxy proxy = new TcpProxy(PostgresSchema.PORT)) {
      Map<String, String> environment = new HashMap<>(ReliabilityStack.postgresql(schema, proxy.port(), directory));
      environment.put("DB_PASS", "database-password-9k2");
      environment.put("DEBUG", "false");
      try (ReliabilityStack stack = ReliabilityStack.start(environment, Clock.systemUTC())) {
        exercise(stack, proxy);
      }
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).as("something was logged").contains("GET /api/");
    assertThat(log).doesNotContain(ReliabilityStack.SECRET_KEY, ReliabilityStack.TOKEN, ReliabilityStack.SERVER_KEY,
        PASSWORD, "database-password-9k2", "wrong-token-abc", "\tat ", "Caused by:", "SELECT ", "INSERT ");
    // A stack trace starts with a line holding only the exception: "org.postgresql.util.PSQLException: ..."
    assertThat(log.lines().filter(STACK_TRACE_HEAD.asPredicate())).isEmpty();
  }

  private static void exercise(ReliabilityStack stack, TcpProxy proxy) {
    stack.application.services().users().createLocalUser("logger", PASSWORD.toCharArray(), true);
    String basic = "Basic " + Base64.getEncoder().encodeToString(("logger:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    String wrongBasic = "Basic " + Base64.getEncoder().encodeToString(("logger:" + PASSWORD + "x").getBytes(StandardCharsets.UTF_8));
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
