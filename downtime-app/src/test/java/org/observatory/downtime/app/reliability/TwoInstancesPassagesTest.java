package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.app.support.PostgresSchema;
import org.observatory.downtime.core.fixtures.EventStreamClient;
import org.observatory.downtime.core.fixtures.EventStreamClient.Event;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;

/**
 * Two instances on one PostgreSQL schema, each running the passage check at the same moments: a downtime whose start
 * and end pass is announced once with {@code downtime.started} and once with {@code downtime.ended}, on the feed of
 * either instance and on a live stream.
 */
class TwoInstancesPassagesTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path directory;

  @Test
  void twoInstances_checkingPassagesAtOnce_announceTheStartAndTheEndOnce() throws Exception {
    try (PostgresSchema schema = PostgresSchema.create();
         ReliabilityStack first = ReliabilityStack.start(
             ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory), Clock.systemUTC());
         ReliabilityStack second = ReliabilityStack.start(
             ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory), Clock.systemUTC());
         EventStreamClient stream = EventStreamClient.open(
             "http://127.0.0.1:" + second.server.port() + "/api/changes/stream")) {
      Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
      Instant end = start.plus(Duration.ofMinutes(30));
      HttpResponse<String> created = first.http.postJson("/api/", "{\"start\":\"" + start + "\",\"end\":\"" + end
          + "\",\"site\":\"ogg\",\"enclosure\":\"clma\",\"telescope\":\"2m0a\",\"reason\":\"Passing\"}",
          ReliabilityStack.TOKEN);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

      // Both instances' checks run at the same instants, as their background tasks do every 20 s.
      List<Instant> checks = List.of(start.minusSeconds(20), start.plusSeconds(1), start.plusSeconds(20),
          end.minusSeconds(1), end.plusSeconds(1), end.plusSeconds(20));
      CyclicBarrier together = new CyclicBarrier(2);
      CompletableFuture<Void> one = checking(first.application.services().changes(), checks, together);
      CompletableFuture<Void> two = checking(second.application.services().changes(), checks, together);
      one.get(60, TimeUnit.SECONDS);
      two.get(60, TimeUnit.SECONDS);

      for (ReliabilityStack instance : List.of(first, second)) {
        String feed = instance.http.get("/api/changes/").body();
        assertThat(feed).containsOnlyOnce("\"type\":\"downtime.started\"")
            .containsOnlyOnce("\"type\":\"downtime.ended\"")
            .containsSubsequence("downtime.created", "downtime.started", "downtime.ended");
      }
      assertThat(stream.nextEvents(3, WAIT)).extracting(Event::type)
          .containsExactly("downtime.created", "downtime.started", "downtime.ended");
      assertThat(stream.next(Duration.ofSeconds(2)) instanceof Event).as("a second announcement").isFalse();
    }
  }

  private static CompletableFuture<Void> checking(ChangeFeedUseCase instance, List<Instant> checks,
                                                  CyclicBarrier together) {
    return CompletableFuture.runAsync(() -> {
      try {
        for (Instant now : checks) {
          together.await(30, TimeUnit.SECONDS);
          instance.recordPassages(now);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }
}
