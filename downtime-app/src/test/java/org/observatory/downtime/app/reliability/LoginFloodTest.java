package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password guessing over HTTP Basic from 8 clients for 20 s (loopback) while a scheduler-like reader queries the API:
 * past the limit the guesses are answered 429 without a password hash, and the reader hardly notices.
 */
class LoginFloodTest {

  private static final long FLOOD_NANOS = 20_000_000_000L;
  private static final long QUIET_NANOS = 4_000_000_000L;

  @TempDir
  Path directory;

  @Test
  void basicAuthFlood_fromEightClients_isThrottledWith429_andTheReadersP99Holds() throws Exception {
    try (ReliabilityStack stack = ReliabilityStack.start(ReliabilityStack.sqlite(directory), Clock.systemUTC())) {
      stack.application.services().users().createLocalUser("operator", "correct horse 42".toCharArray(), true);
      for (int i = 0; i < 20; i++) {
        stack.http.postJson("/api/", ReliabilityStack.validBody(i), ReliabilityStack.TOKEN);
      }
      read(stack.http, System.nanoTime() + 1_000_000_000L); // warm-up
      long quietP99 = p99(read(stack.http, System.nanoTime() + QUIET_NANOS));

      AtomicInteger throttled = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(9);
      long floodEnd = System.nanoTime() + FLOOD_NANOS;
      List<Future<?>> guessers = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        guessers.add(clients.submit(() -> guess(new Http(stack.http.base), floodEnd, throttled, refused)));
      }
      Future<List<Long>> reader = clients.submit(() -> read(new Http(stack.http.base), floodEnd));
      List<Long> duringFlood = reader.get();
      for (Future<?> guesser : guessers) {
        guesser.get();
      }
      clients.shutdown();
      long floodP99 = p99(duringFlood);

      System.out.printf("login flood: reader p99 quiet %.1f ms, during flood %.1f ms (%d reads); guesses: %d x 401, "
          + "%d x 429%n", quietP99 / 1e6, floodP99 / 1e6, duringFlood.size(), refused.get(), throttled.get());
      assertThat(throttled.get()).as("429 answers").isPositive();
      assertThat(refused.get()).as("401 answers (password checked)").isPositive().isLessThanOrEqualTo(10);
      assertThat(floodP99).as("reader p99 during the flood (ns), quiet p99 was %d", quietP99)
          .isLessThanOrEqualTo(3 * quietP99 + 20_000_000L);
      HttpResponse<String> metrics = stack.http.get("/metrics");
      // Prometheus text as Micrometer writes it: counters are doubles.
      assertThat(metrics.body()).contains("downtime_login_throttled_total " + throttled.get() + ".0")
          .contains("downtime_login_failures_total " + refused.get() + ".0");
    }
  }

  private static void guess(Http http, long end, AtomicInteger throttled, AtomicInteger refused) {
    while (System.nanoTime() < end) {
      String credentials = Base64.getEncoder().encodeToString(("operator:" + UUID.randomUUID())
          .getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> answer = http.get("/api/?limit=1", "Authorization", "Basic " + credentials);
      if (answer.statusCode() == 429) {
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        throttled.incrementAndGet();
      } else {
        assertThat(answer.statusCode()).isEqualTo(401);
        refused.incrementAndGet();
      }
    }
  }

  private static List<Long> read(Http http, long end) {
    List<Long> latencies = new ArrayList<>();
    int n = 0;
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      // A new 14-day window each time, so the answer cache does not serve it.
      HttpResponse<String> answer = http.get("/api/?start__gte=2027-01-" + two(1 + n % 20) + "T00:00:00Z&end__lte=2027-03-"
          + two(1 + n % 20) + "T00:00:00Z&limit=" + (1 + n % 50));
      latencies.add(System.nanoTime() - start);
      assertThat(answer.statusCode()).isEqualTo(200);
      n++;
    }
    return latencies;
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static long p99(List<Long> latencies) {
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
  }
}
