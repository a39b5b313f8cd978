package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.ChangePage;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/changes/stream}: the change feed as server-sent events, with the feed's filters. A client that
 * gives a cursor ({@code Last-Event-ID}, or {@code ?after=}) first gets the events after it from the log, then the
 * live ones, each once and in order; without one it gets the events recorded from now on. A comment is sent every
 * heartbeat interval. The request's thread writes the stream; no database connection is held between reads.
 */
final class ChangeStreamHandler {

  static final String LAST_EVENT_ID = "Last-Event-ID";

  private static final Logger LOG = LoggerFactory.getLogger(ChangeStreamHandler.class);
  private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.UTF_8);

  private final ChangeFeedUseCase feed;
  private final ChangeStreams streams;
  private final ApiRepresentation representation;

  ChangeStreamHandler(ChangeFeedUseCase feed, ChangeStreams streams, ApiRepresentation representation) {
    this.feed = feed;
    this.streams = streams;
    this.representation = representation;
  }

  void stream(Context ctx) throws IOException {
    FieldErrors errors = new FieldErrors();
    String lastEventId = ctx.header(LAST_EVENT_ID);
    // A reconnecting browser sends the header with the URL it first opened: the header is the newer cursor.
    OptionalLong after = lastEventId != null && !lastEventId.isBlank()
        ? ChangesHandler.cursor(errors, LAST_EVENT_ID, lastEventId)
        : ChangesHandler.cursor(errors, ctx.queryParam("after"));
    ChangeFilter filter = ChangesHandler.filter(errors, ctx);
    errors.throwIfAny();
    ChangeSubscriber subscriber = streams.subscribe(filter);
    try {
      // Read before the answer starts, so an expired cursor (410) or an outage (503) is answered as on the feed.
      ChangePage first = after.isPresent() ? feed.changes(after, filter, ChangeFeedUseCase.MAX_PAGE) : null;
      OutputStream out = start(ctx);
      long position = first == null ? subscriber.joinedAt() : replay(out, first, filter);
      if (position >= 0) {
        follow(out, subscriber, position);
      }
    } catch (IOException e) {
      LOG.debug("A change stream's client went away: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      streams.unsubscribe(subscriber);
    }
  }

  // Headers for proxies: nothing cached, compressed or buffered on the way.
  private static OutputStream start(Context ctx) throws IOException {
    HttpServletResponse response = ctx.res();
    response.setStatus(200);
    response.setContentType("text/event-stream;charset=utf-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("X-Accel-Buffering", "no");
    OutputStream out = response.getOutputStream();
    out.flush();
    return out;
  }

  // The log after the client's cursor, page by page (a connection per page); returns the cursor read through, or
  // -1 when the log could not be read on (the stream ends; the client reconnects from the last id it got).
  private long replay(OutputStream out, ChangePage first, ChangeFilter filter) throws IOException {
    ChangePage page = first;
    while (true) {
      for (ChangeEvent event : page.results()) {
        write(out, event);
      }
      out.flush();
      if (page.results().size() < ChangeFeedUseCase.MAX_PAGE) {
        return page.next();
      }
      try {
        page = feed.changes(OptionalLong.of(page.next()), filter, ChangeFeedUseCase.MAX_PAGE);
      } catch (RuntimeException e) {
        LOG.info("A change stream ended while replaying the log: {}", e.getMessage());
        return -1;
      }
    }
  }

  // Live events after the position, and a heartbeat every interval, until the stream is ended.
  private void follow(OutputStream out, ChangeSubscriber subscriber, long position) throws IOException,
      InterruptedException {
    long interval = streams.settings().heartbeat().toNanos();
    long nextBeat = System.nanoTime() + interval;
    long sent = position;
    while (!subscriber.finished()) {
      List<ChangeEvent> events = subscriber.take(nextBeat);
      boolean wrote = false;
      for (ChangeEvent event : events) {
        // Events up to the position came from the log already.
        if (event.id() > sent) {
          write(out, event);
          sent = event.id();
          wrote = true;
        }
      }
      if (System.nanoTime() - nextBeat >= 0) {
        out.write(HEARTBEAT);
        // From now, not from when it was due: a client slow to take the last write gets one heartbeat, not a burst.
        nextBeat = System.nanoTime() + interval;
        wrote = true;
      }
      if (wrote) {
        out.flush();
      }
    }
  }

  private void write(OutputStream out, ChangeEvent event) throws IOException {
    String head = "id: " + event.id() + "\nevent: " + event.type().wireName() + "\ndata: ";
    out.write(head.getBytes(StandardCharsets.UTF_8));
    out.write(representation.value(representation.event(event)));
    out.write(new byte[] {'\n', '\n'});
  }
}
