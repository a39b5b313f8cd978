package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.EventStreamClient;
import org.observatory.downtime.core.fixtures.EventStreamClient.Event;

/**
 * {@code GET /api/changes/stream} on the real stack: a client that goes away in the middle of a run of changes and
 * reconnects with {@code Last-Event-ID} sees every change once.
 */
abstract class ChangeStreamContract extends RealPortContract {

  private static final int CHANGES = 50;
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void stream_disconnectedDuringFiftyChanges_resumesWithLastEventIdAndSeesEachOnce() throws Exception {
    String url = stack.baseUrl() + "/api/changes/stream";
    List<Event> seen = new ArrayList<>();
    CompletableFuture<Void> writes;
    try (EventStreamClient first = EventStreamClient.open(url)) {
      assertThat(first.statusCode()).isEqualTo(200);
      writes = CompletableFuture.runAsync(() -> {
        for (int n = 0; n < CHANGES; n++) {
          assertThat(create(body("Stream change " + n)).statusCode()).isEqualTo(201);
        }
      });
      seen.addAll(first.nextEvents(10, WAIT));
    }
    writes.get(60, TimeUnit.SECONDS);

    String lastEventId = seen.get(seen.size() - 1).id();
    try (EventStreamClient resumed = EventStreamClient.open(url, "Last-Event-ID", lastEventId)) {
      seen.addAll(resumed.nextEvents(CHANGES - 10, WAIT));
      create(body("After the run"));
      Event next = resumed.nextEvent(WAIT);

      assertThat(next.data()).as("nothing between the run and the next change")
          .contains("\"reason\":\"After the run\"");
    }
    assertThat(seen).extracting(Event::type).containsOnly("downtime.created");
    List<String> reasons = seen.stream().map(event -> event.data().replaceAll(".*\"reason\":\"([^\"]*)\".*", "$1"))
        .toList();
    List<String> expected = new ArrayList<>();
    for (int n = 0; n < CHANGES; n++) {
      expected.add("Stream change " + n);
    }
    assertThat(reasons).containsExactlyElementsOf(expected);
    assertThat(seen).extracting(Event::cursor).isSorted().doesNotHaveDuplicates();
  }

  private static String body(String reason) {
    return WriteApiContract.VALID.replace("Mirror recoat", reason);
  }
}
