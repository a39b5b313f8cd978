package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.EventStreamClient;
import org.observatory.downtime.core.fixtures.EventStreamClient.Comment;
import org.observatory.downtime.core.fixtures.EventStreamClient.End;
import org.observatory.downtime.core.fixtures.EventStreamClient.Event;
import org.observatory.downtime.http.api.ChangeStreamSettings;

/**
 * {@code GET /api/changes/stream} over a real port: the events of the feed as server-sent events, headers for
 * proxies, heartbeats, the feed's filters and refusals, the limit of open streams, and the end when the server stops.
 */
class ChangeStreamApiTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String STREAM = "/api/changes/stream";
  private static final String COJ = WriteApiTest.VALID.replace("ogg", "coj").replace("clma", "doma")
      .replace("2m0a", "1m0a").replace("2M0-SCICAM-MUSCAT", "1M0-SCICAM-SINISTRO");

  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void stream_writeAfterOpening_arrivesAsTheFeedsEventWithItsCursorAndType() throws Exception {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);
    try (EventStreamClient stream = EventStreamClient.open(server.base() + STREAM)) {
      server.write("POST", "/api/", "staff", WriteApiTest.VALID);

      Event event = stream.nextEvent(WAIT);

      JsonNode feed = json(server.get("/api/changes/")).get("results").get(0);
      assertThat(event.cursor()).isEqualTo(feed.get("id").asLong());
      assertThat(event.type()).isEqualTo("downtime.created");
      assertThat(event.data()).doesNotContain("\n");
      assertThat(TestServer.JSON.readTree(event.data())).isEqualTo(feed);
    }
  }

  @Test
  void stream_throughAProxy_isAnUncompressedUncachedUnbufferedEventStream() {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);
    try (EventStreamClient stream = EventStreamClient.open(server.base() + STREAM, "Accept-Encoding", "gzip")) {
      assertThat(stream.statusCode()).isEqualTo(200);
      assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("text/event-stream"));
      assertThat(stream.headers().firstValue("Cache-Control")).hasValue("no-cache");
      assertThat(stream.headers().firstValue("X-Accel-Buffering")).hasValue("no");
      assertThat(stream.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(stream.headers().firstValue("ETag")).isEmpty();
      assertThat(stream.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }
  }

  @Test
  void stream_head_answersAtOnceWithoutStreaming() {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);

    HttpResponse<String> head = server.send("HEAD", STREAM, null);

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void stream_quiet_sendsACommentEveryHeartbeat() {
    server = TestServer.start(new ChangeStreamSettings(5, Duration.ofMillis(200), Duration.ofSeconds(1)));
    try (EventStreamClient stream = EventStreamClient.open(server.base() + STREAM)) {
      assertThat(stream.next(WAIT)).isEqualTo(new Comment("heartbeat"));
      assertThat(stream.next(WAIT)).isEqualTo(new Comment("heartbeat"));
    }
  }

  @Test
  void stream_lastEventId_replaysTheMissedEventsThenContinuesLive() {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);
    long first = json(server.write("POST", "/api/", "staff", WriteApiTest.VALID)).get("id").asLong();
    server.write("PATCH", "/api/" + first + "/", "staff", "{\"reason\":\"Recoat, day 2\"}");
    server.write("DELETE", "/api/" + first + "/", "staff", null);
    long cursor = json(server.get("/api/changes/")).get("results").get(0).get("id").asLong();

    try (EventStreamClient stream = EventStreamClient.open(server.base() + STREAM + "?after=0",
        "Last-Event-ID", Long.toString(cursor))) {
      assertThat(stream.nextEvents(2, WAIT)).extracting(Event::type)
          .containsExactly("downtime.updated", "downtime.deleted");
      server.write("POST", "/api/", "staff", WriteApiTest.VALID);
      assertThat(stream.nextEvent(WAIT).type()).isEqualTo("downtime.created");
    }
  }

  @Test
  void stream_joiningWhileWritesGoOn_getsEveryLaterEventOnceInOrder() throws Exception {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);
    for (int n = 0; n < 10; n++) {
      server.write("POST", "/api/", "staff", WriteApiTest.VALID);
    }
    List<Long> early = cursors(json(server.get("/api/changes/")).get("results"));
    CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
      for (int n = 0; n < 150; n++) {
        server.write("POST", "/api/", "staff", WriteApiTest.VALID);
      }
    });
    List<EventStreamClient> streams = new ArrayList<>();
    List<Long> from = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      boolean replaying = i % 2 == 0;
      long cursor = early.get(i);
      streams.add(replaying ? EventStreamClient.open(server.base() + STREAM, "Last-Event-ID", Long.toString(cursor))
          : EventStreamClient.open(server.base() + STREAM));
      from.add(replaying ? cursor : -1);
    }
    writes.get(60, TimeUnit.SECONDS);
    List<Long> all = cursors(json(server.get("/api/changes/?limit=1000")).get("results"));
    long last = all.get(all.size() - 1);

    for (int i = 0; i < streams.size(); i++) {
      try (EventStreamClient stream = streams.get(i)) {
        List<Long> received = new ArrayList<>();
        while (received.isEmpty() || received.get(received.size() - 1) < last) {
          received.add(stream.nextEvent(WAIT).cursor());
        }
        long after = from.get(i) >= 0 ? from.get(i) : received.get(0) - 1;
        assertThat(received).as("stream %d after %d", i, after)
            .isEqualTo(all.stream().filter(id -> id > after).toList());
      }
    }
  }

  private static List<Long> cursors(JsonNode results) {
    List<Long> ids = new ArrayList<>();
    results.forEach(event -> ids.add(event.get("id").asLong()));
    return ids;
  }

  @Test
  void stream_siteFilter_sendsOnlyThatSitesEvents() {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);
    try (EventStreamClient stream = EventStreamClient.open(server.base() + STREAM + "?site=coj")) {
      server.write("POST", "/api/", "staff", WriteApiTest.VALID);
      server.write("POST", "/api/", "staff", COJ);

      Event event = stream.nextEvent(WAIT);

      assertThat(event.data()).contains("\"site\":\"coj\"");
      assertThat(stream.next(Duration.ofMillis(1500)) instanceof Event).as("an event of another site").isFalse();
    }
  }

  @Test
  void stream_badCursor_isRefusedNamingWhereItWasGiven() {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);

    HttpResponse<String> header = server.get(STREAM, "Last-Event-ID", "abc");
    HttpResponse<String> parameter = server.get(STREAM + "?after=-3");

    assertThat(header.statusCode()).isEqualTo(400);
    assertThat(header.body()).isEqualTo("{\"Last-Event-ID\":[\"A valid integer is required.\"]}");
    assertThat(parameter.statusCode()).isEqualTo(400);
    assertThat(parameter.body()).isEqualTo("{\"after\":[\"A valid integer is required.\"]}");
  }

  @Test
  void stream_prunedCursor_isGoneAsOnTheFeed() {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);
    server.write("POST", "/api/", "staff", WriteApiTest.VALID);
    server.downtimes.prune(java.time.Instant.now().plus(Duration.ofDays(1)));

    HttpResponse<String> response = server.get(STREAM + "?after=0");

    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(response.body()).startsWith("{\"detail\":\"The cursor 0 is older than the change history kept");
  }

  @Test
  void stream_overTheLimit_is503WithRetryAfter_untilAStreamCloses() {
    server = TestServer.start(new ChangeStreamSettings(1, Duration.ofMillis(200), Duration.ofSeconds(1)));
    EventStreamClient first = EventStreamClient.open(server.base() + STREAM);
    assertThat(first.statusCode()).isEqualTo(200);

    EventStreamClient refused = EventStreamClient.open(server.base() + STREAM);

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(refused.errorBody()).isEqualTo("{\"detail\":\"Too many change streams are open (at most 1). Try again "
        + "in 30 seconds.\"}");
    assertThat(server.get("/metrics").body()).contains("downtime_change_streams_open 1.0");
    first.close();
    long deadline = System.nanoTime() + WAIT.toNanos();
    EventStreamClient again = EventStreamClient.open(server.base() + STREAM);
    while (again.statusCode() == 503 && System.nanoTime() < deadline) {
      again = EventStreamClient.open(server.base() + STREAM);
    }
    assertThat(again.statusCode()).as("a place frees when a client goes away").isEqualTo(200);
    again.close();
  }

  @Test
  void stream_serverStops_streamEnds() {
    server = TestServer.start(ChangeStreamSettings.DEFAULTS);
    try (EventStreamClient stream = EventStreamClient.open(server.base() + STREAM)) {
      server.close();

      assertThat(stream.next(WAIT)).isInstanceOf(End.class);
    }
  }
}
