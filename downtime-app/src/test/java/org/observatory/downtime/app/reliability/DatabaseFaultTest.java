package org.observatory.downtime.app.reliability;

import org.observatory.downtime.app.support.PostgresSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * PostgreSQL goes away under load (the test cuts a TCP proxy between the service and the database) and comes back:
 * requests fail fast with 503 and a JSON detail within DB_CONNECT_TIMEOUT_SECONDS (plus a margin), /readyz names the
 * database as fast, the service recovers by itself, and
 * no acknowledged write is lost.
 */
class DatabaseFaultTest {

  // The configured wait for a connection (DB_CONNECT_TIMEOUT_SECONDS, default 2 s) plus a margin for a busy machine:
  // a behaviour bound, not a benchmark.
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration FAIL_FAST = CONNECT_TIMEOUT.plusSeconds(1);
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  @TempDir
  Path directory;

  @Test
  void databaseCut_midLoad_failsFastWith503AndRecoversWithoutLosingWrites() throws Exception {
    try (PostgresSchema schema = PostgresSchema.create();
         TcpProxy proxy = new TcpProxy(PostgresSchema.PORT)) {
      Map<String, String> environment = new HashMap<>(ReliabilityStack.postgresql(schema, proxy.port(), directory));
      environment.put("DB_POOL_SIZE", "4");
      environment.put("DB_CONNECT_TIMEOUT_SECONDS", Long.toString(CONNECT_TIMEOUT.toSeconds()));
      try (ReliabilityStack stack = ReliabilityStack.start(environment, Clock.systemUTC())) {
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicLong slowestRefusalMillis = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch warmedUp = new CountDownLatch(50);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int client = t;
          running.add(writers.submit(() -> {
            for (int i = 0; !stop.get(); i++) {
              int n = client * 1_000_000 + i;
              long started = System.nanoTime();
              HttpResponse<String> answer = stack.http.postJson("/api/", ReliabilityStack.validBody(n),
                  ReliabilityStack.TOKEN);
              long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
              if (answer.statusCode() == 201) {
                Matcher id = ID.matcher(answer.body());
                id.find();
                acknowledged.put(Long.parseLong(id.group(1)), "write " + n);
                warmedUp.countDown();
              } else if (answer.statusCode() == 503 && answer.body().startsWith("{\"detail\":")) {
                slowestRefusalMillis.accumulateAndGet(millis, Math::max);
              } else {
                unexpected.add(answer.statusCode() + " " + answer.body());
              }
            }
            return null;
          }));
        }
        assertThat(warmedUp.await(60, TimeUnit.SECONDS)).as("writes before the cut").isTrue();

        proxy.cut();
        long cutAt = System.nanoTime();
        HttpResponse<String> read = timed(() -> stack.http.get("/api/?limit=5"));
        assertThat(read.statusCode()).isEqualTo(503);
        // Clients learn that the database is down, not where it lives or what the driver said.
        assertThat(read.body()).isEqualTo("{\"detail\":\"The database is unavailable. Try again in a moment.\"}");
        HttpResponse<String> ready = timed(() -> stack.http.get("/readyz"));
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"database\":\"unreachable\"");
        HttpResponse<String> byId = timed(() -> stack.http.get("/api/1/"));
        assertThat(byId.statusCode()).isEqualTo(503);
        assertThat(stack.http.get("/healthz").statusCode()).as("the process itself stays live").isEqualTo(200);

        proxy.restore();
        long restoredAt = System.nanoTime();
        HttpResponse<String> readyAgain = stack.http.get("/readyz");
        while (readyAgain.statusCode() != 200 && System.nanoTime() - restoredAt < TimeUnit.SECONDS.toNanos(30)) {
          readyAgain = stack.http.get("/readyz");
        }
        assertThat(readyAgain.statusCode()).as("recovered by itself").isEqualTo(200);
        int before = acknowledged.size();
        HttpResponse<String> write = stack.http.postJson("/api/", ReliabilityStack.validBody(7), ReliabilityStack.TOKEN);
        assertThat(write.statusCode()).isEqualTo(201);
        stop.set(true);
        for (Future<?> writer : running) {
          writer.get(60, TimeUnit.SECONDS);
        }
        writers.shutdownNow();

        assertThat(unexpected).as("answers other than 201 or a JSON 503").isEmpty();
        assertThat(slowestRefusalMillis.get()).as("slowest 503 while cut, ms").isLessThan(FAIL_FAST.toMillis());
        assertThat(TimeUnit.NANOSECONDS.toMillis(restoredAt - cutAt)).isPositive();
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(before);
        Map<Long, String> stored = new HashMap<>();
        stack.application.services().find().forEach(DowntimeQuery.builder().limit(DowntimeQuery.UNLIMITED).build(),
            (Downtime downtime) -> stored.put(downtime.id(), downtime.reason()));
        assertThat(stored).containsAllEntriesOf(acknowledged);
      }
    }
  }

  private static HttpResponse<String> timed(java.util.function.Supplier<HttpResponse<String>> call) {
    long started = System.nanoTime();
    HttpResponse<String> response = call.get();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answer time while the database is cut")
        .isLessThan(FAIL_FAST);
    return response;
  }
}
