package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ConfigDB and the Observation Portal slow (beyond their timeouts) or down: answers stay fast, the last good
 * catalogue keeps serving, refusals are clear 503s, never a 500.
 */
class OutsideServicesTest {

  private static final Duration FAST = Duration.ofSeconds(2);

  @TempDir
  Path directory;

  @Test
  void configdbSlowThenDown_afterALoad_staleCatalogueServesReadsAndWrites() throws Exception {
    MovableClock clock = new MovableClock();
    try (MockWebServer configdb = new MockWebServer()) {
      Switch mode = new Switch();
      configdb.setDispatcher(mode);
      configdb.start();
      try (ReliabilityStack stack = ReliabilityStack.start(configdbAt(configdb.url("/").toString()), clock)) {
        assertThat(stack.http.postJson("/api/", ReliabilityStack.validBody(0), ReliabilityStack.TOKEN).statusCode())
            .isEqualTo(201);

        mode.slow = true;
        clock.advance(Duration.ofMinutes(16));
        assertThat(fast(() -> stack.http.postJson("/api/", ReliabilityStack.validBody(1), ReliabilityStack.TOKEN))
            .statusCode()).as("created on the stale catalogue while ConfigDB hangs").isEqualTo(201);
        assertThat(fast(() -> stack.http.get("/api/?site=ogg")).statusCode()).isEqualTo(200);
        assertThat(fast(() -> stack.http.get("/api/?site=nop")).body()).contains("Select a valid choice. nop");
        assertThat(fast(() -> stack.http.get("/readyz")).statusCode()).isEqualTo(200);

        configdb.close();
        clock.advance(Duration.ofMinutes(20));
        assertThat(fast(() -> stack.http.postJson("/api/", ReliabilityStack.validBody(2), ReliabilityStack.TOKEN))
            .statusCode()).as("created on the stale catalogue while ConfigDB is down").isEqualTo(201);
        assertThat(fast(() -> stack.http.get("/")).statusCode()).isEqualTo(200);
        assertThat(stack.http.get("/api/").body()).contains("\"count\":3");
      }
    }
  }

  @Test
  void configdbDownFromTheStart_writesRefusedWith503_readsServed() throws IOException {
    try (ReliabilityStack stack = ReliabilityStack.startUnready(configdbAt("http://127.0.0.1:" + closedPort() + "/"),
        Clock.systemUTC())) {
      HttpResponse<String> write = fast(() -> stack.http.postJson("/api/", ReliabilityStack.validBody(0),
          ReliabilityStack.TOKEN));
      assertThat(write.statusCode()).isEqualTo(503);
      assertThat(write.body()).startsWith("{\"detail\":").contains("catalogue");
      assertThat(fast(() -> stack.http.get("/api/?site=anything")).statusCode()).isEqualTo(200);
      HttpResponse<String> ready = fast(() -> stack.http.get("/readyz"));
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"catalogue\":\"not loaded\"");
    }
  }

  @Test
  void portalSlowThenDown_unknownCredentialsAnswer503Fast_localTokensStillWork() throws Exception {
    try (MockWebServer portal = new MockWebServer()) {
      Switch mode = new Switch();
      mode.slow = true;
      portal.setDispatcher(mode);
      portal.start();
      Map<String, String> environment = new HashMap<>(ReliabilityStack.sqlite(directory));
      environment.put("OAUTH_TOKEN_URL", portal.url("/o/token/").toString());
      environment.put("OAUTH_PROFILE_URL", portal.url("/api/profile/").toString());
      environment.put("OAUTH_CLIENT_ID", "downtime");
      environment.put("OAUTH_CLIENT_SECRET", "client-secret-x");
      environment.put("PORTAL_CONNECT_TIMEOUT", "0.5");
      environment.put("PORTAL_READ_TIMEOUT", "0.5");
      try (ReliabilityStack stack = ReliabilityStack.start(environment, Clock.systemUTC())) {
        HttpResponse<String> unknownToken = fast(() -> stack.http.postJson("/api/", ReliabilityStack.validBody(0),
            "portal-token-nobody-knows"));
        assertThat(unknownToken.statusCode()).isEqualTo(503);
        assertThat(unknownToken.body()).startsWith("{\"detail\":");
        String basic = "Basic " + Base64.getEncoder().encodeToString("someone:pw".getBytes(StandardCharsets.UTF_8));
        assertThat(fast(() -> stack.http.send("DELETE", "/api/1/", null, "Authorization", basic)).statusCode())
            .isEqualTo(503);
        assertThat(fast(() -> stack.http.postJson("/api/", ReliabilityStack.validBody(1), ReliabilityStack.TOKEN))
            .statusCode()).as("a token already stored works without the portal").isEqualTo(201);

        portal.close();
        assertThat(fast(() -> stack.http.postJson("/api/", ReliabilityStack.validBody(2), "another-unknown-token"))
            .statusCode()).isEqualTo(503);
        assertThat(fast(() -> stack.http.get("/api/")).statusCode()).as("reads need no credentials").isEqualTo(200);
      }
    }
  }

  private Map<String, String> configdbAt(String url) {
    Map<String, String> environment = new HashMap<>(ReliabilityStack.sqlite(directory));
    environment.put("CONFIGDB_URL", url);
    return environment;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static HttpResponse<String> fast(Supplier<HttpResponse<String>> call) {
    long started = System.nanoTime();
    HttpResponse<String> response = call.get();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answer time").isLessThan(FAST);
    assertThat(response.statusCode()).as("never a 500").isNotEqualTo(500);
    return response;
  }

  /** Answers ConfigDB's /sites/ at once, or hangs far beyond every client timeout when {@link #slow}. */
  private static final class Switch extends Dispatcher {
    volatile boolean slow;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      MockResponse.Builder answer = new MockResponse.Builder().code(200)
          .body(ReliabilityStack.CATALOGUE_JSON).addHeader("Content-Type", "application/json");
      return slow ? answer.headersDelay(30, TimeUnit.SECONDS).build() : answer.build();
    }
  }
}
