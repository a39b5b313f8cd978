package org.observatory.downtime.app.reliability;

import org.observatory.downtime.app.support.PostgresSchema;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * Eight clients write at once over real HTTP, each reading back what it wrote and listing as it goes: every
 * acknowledged write is stored, and no client ever sees a 5xx, SQLITE_BUSY or an exhausted pool.
 */
class ConcurrentWritersTest {

  private static final int THREADS = 8;
  private static final int WRITES_PER_THREAD = 250;
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  @TempDir
  Path directory;

  @Test
  void concurrentWriters_onSqlite_keepEveryAcknowledgedWrite() throws Exception {
    try (ReliabilityStack stack = ReliabilityStack.start(ReliabilityStack.sqlite(directory), Clock.systemUTC())) {
      hammerAndVerify(stack);
    }
  }

  @Test
  void concurrentWriters_onPostgresql_keepEveryAcknowledgedWrite() throws Exception {
    try (PostgresSchema schema = PostgresSchema.create();
         ReliabilityStack stack = ReliabilityStack.start(
             ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory), Clock.systemUTC())) {
      hammerAndVerify(stack);
    }
  }

  private static void hammerAndVerify(ReliabilityStack stack) throws Exception {
    Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int client = t;
        clients.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < WRITES_PER_THREAD; i++) {
            int n = client * WRITES_PER_THREAD + i;
            String body = ReliabilityStack.validBody(n);
            HttpResponse<String> created = stack.http.postJson("/api/", body, ReliabilityStack.TOKEN);
            check(created, failures);
            if (created.statusCode() == 201) {
              Matcher id = ID.matcher(created.body());
              assertThat(id.find()).as(created.body()).isTrue();
              long value = Long.parseLong(id.group(1));
              acknowledged.put(value, "write " + n);
              check(stack.http.get("/api/" + value + "/"), failures);
            } else {
              failures.add("POST answered " + created.statusCode() + ": " + created.body());
            }
            if (i % 5 == 0) {
              check(stack.http.get("/api/?site=" + (n % 2 == 0 ? "ogg" : "coj") + "&limit=20&ordering=-id"), failures);
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> client : clients) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(failures).isEmpty();
    assertThat(acknowledged).hasSize(THREADS * WRITES_PER_THREAD);
    Map<Long, String> stored = new ConcurrentHashMap<>();
    stack.application.services().find().forEach(DowntimeQuery.builder().limit(DowntimeQuery.UNLIMITED).build(),
        (Downtime downtime) -> stored.put(downtime.id(), downtime.reason()));
    assertThat(stored).containsAllEntriesOf(acknowledged);
  }

  private static void check(HttpResponse<String> response, ConcurrentLinkedQueue<String> failures) {
    String body = response.body();
    if (response.statusCode() >= 500 || body.contains("SQLITE_BUSY") || body.contains("database is locked")
        || body.contains("Connection is not available")) {
      failures.add(response.request().method() + " " + response.uri().getPath() + " answered "
          + response.statusCode() + ": " + body);
    }
  }
}
