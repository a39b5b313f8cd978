package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Open change streams hold no database connection: more streams than the pool has connections leave reads and writes
 * answering, and {@code STREAM_MAX_CLIENTS} limits them as configured.
 */
class ChangeStreamPoolTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path directory;

  @Test
  void streams_moreThanThePoolsConnections_leaveRequestsAnswering_upToStreamMaxClients() {
    List<EventStreamClient> streams = new ArrayList<>();
    try (PostgresSchema schema = PostgresSchema.create()) {
      Map<String, String> environment = new HashMap<>(
          ReliabilityStack.postgresql(schema, PostgresSchema.PORT, directory));
      environment.put("DB_POOL_SIZE", "1");
      environment.put("STREAM_MAX_CLIENTS", "4");
      try (ReliabilityStack stack = ReliabilityStack.start(environment, Clock.systemUTC())) {
        String url = "http://127.0.0.1:" + stack.server.port() + "/api/changes/stream";
        for (int n = 0; n < 4; n++) {
          // Half replay the history first, half follow from now.
          streams.add(n % 2 == 0 ? EventStreamClient.open(url, "Last-Event-ID", "0") : EventStreamClient.open(url));
        }
        EventStreamClient refused = EventStreamClient.open(url);
        streams.add(refused);

        assertThat(streams.subList(0, 4)).extracting(EventStreamClient::statusCode).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(stack.http.get("/api/?limit=1").statusCode()).isEqualTo(200);
        assertThat(stack.http.postJson("/api/", ReliabilityStack.validBody(1), ReliabilityStack.TOKEN).statusCode())
            .isEqualTo(201);
        for (EventStreamClient stream : streams.subList(0, 4)) {
          assertThat(stream.nextEvent(WAIT).data()).contains("\"reason\":\"write 1\"");
        }
        String metrics = stack.http.get("/metrics").body();
        assertThat(metrics).contains("downtime_change_streams_open 4.0");
        assertThat(metrics).as("room for the streams on top of Javalin's 250 request threads")
            .containsPattern("jetty_threads_config_max(\\{[^}]*\\})? 254\\.0");
      }
    } finally {
      streams.forEach(EventStreamClient::close);
    }
  }
}
