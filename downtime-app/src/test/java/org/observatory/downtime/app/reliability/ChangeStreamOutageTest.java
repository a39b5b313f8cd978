package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.app.support.PostgresSchema;
import org.observatory.downtime.core.fixtures.EventStreamClient;
import org.observatory.downtime.core.fixtures.EventStreamClient.Comment;
import org.observatory.downtime.core.fixtures.EventStreamClient.Event;

/**
 * A live change stream stays open while PostgreSQL goes away (the test cuts a TCP proxy between the service and the
 * database) and delivers every change written once the database is back.
 */
class ChangeStreamOutageTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path directory;

  @Test
  void stream_databaseCutAndRestored_staysOpenWithHeartbeatsThenDeliversEveryLaterChange() {
    try (PostgresSchema schema = PostgresSchema.create();
         TcpProxy proxy = new TcpProxy(PostgresSchema.PORT)) {
      Map<String, String> environment = new HashMap<>(ReliabilityStack.postgresql(schema, proxy.port(), directory));
      environment.put("DB_POOL_SIZE", "4");
      // A heartbeat every second: the outage need last no longer than DatabaseFaultTest's to show one.
      environment.put("STREAM_HEARTBEAT_SECONDS", "1");
      try (ReliabilityStack stack = ReliabilityStack.start(environment, Clock.systemUTC());
           EventStreamClient stream = EventStreamClient.open(
               "http://127.0.0.1:" + stack.server.port() + "/api/changes/stream")) {
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stack.http.postJson("/api/", ReliabilityStack.validBody(0), ReliabilityStack.TOKEN).statusCode())
            .isEqualTo(201);
        Event before = stream.nextEvent(WAIT);

        proxy.cut();
        assertThat(stack.http.postJson("/api/", ReliabilityStack.validBody(1), ReliabilityStack.TOKEN).statusCode())
            .as("a write while the database is away").isEqualTo(503);
        while (stream.next(Duration.ZERO) != null) {
          // what came before the refused write may have been sent before the cut
        }
        // Five heartbeats a second apart: longer than a read waits for a connection, so the stream's reads of the log
        // fail while the database is away.
        for (int beat = 0; beat < 5; beat++) {
          assertThat(stream.next(WAIT)).as("the stream's heartbeat while the database is away")
              .isEqualTo(new Comment("heartbeat"));
        }

        proxy.restore();
        awaitReady(stack);
        List<String> written = new ArrayList<>();
        for (int n = 2; n < 7; n++) {
          HttpResponse<String> created = stack.http.postJson("/api/", ReliabilityStack.validBody(n),
              ReliabilityStack.TOKEN);
          assertThat(created.statusCode()).isEqualTo(201);
          written.add("write " + n);
        }
        List<Event> after = stream.nextEvents(written.size(), WAIT);

        assertThat(after).extracting(event -> event.data().replaceAll(".*\"reason\":\"([^\"]*)\".*", "$1"))
            .containsExactlyElementsOf(written);
        assertThat(after.get(0).cursor()).isGreaterThan(before.cursor());
        assertThat(after).extracting(Event::cursor).isSorted().doesNotHaveDuplicates();
      }
    }
  }

  private static void awaitReady(ReliabilityStack stack) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (stack.http.get("/readyz").statusCode() != 200) {
      assertThat(System.nanoTime()).as("ready again within " + WAIT).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }
}
