package org.observatory.downtime.http.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.ChangePage;
import org.observatory.downtime.core.model.CursorExpiredException;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fan-out of this instance's live change streams: one thread reads the change log after the newest cursor it
 * has seen (every poll interval, and at once when {@link #wake() woken} after a write here), each read on a
 * connection of its own that is returned at once, and hands the new events to every open stream. While nobody
 * listens, nothing is read; the thread starts with the first stream. {@link #close()} ends every stream and the
 * thread. Thread-safe.
 */
public final class ChangeStreams implements AutoCloseable {

  /** Events a stream may have waiting before it is ended as too slow. */
  static final int STREAM_BACKLOG = 10_000;
  /** What a client refused for want of room is told to wait (streams of other clients come and go). */
  static final long RETRY_AFTER_SECONDS = 30;

  private static final Logger LOG = LoggerFactory.getLogger(ChangeStreams.class);

  private final ChangeFeedUseCase feed;
  private final ChangeStreamSettings settings;
  private final Object lock = new Object();
  private final List<ChangeSubscriber> subscribers = new ArrayList<>();
  private final Thread poller;
  // Guarded by lock: the newest cursor handed to the streams; -1 while unknown (nobody listening).
  private long cursor = -1;
  private boolean following;
  private boolean woken;
  private boolean closed;
  private boolean failing;

  public ChangeStreams(ChangeFeedUseCase feed, ChangeStreamSettings settings) {
    this.feed = Objects.requireNonNull(feed, "feed");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.poller = new Thread(this::follow, "change-streams");
    poller.setDaemon(true);
  }

  /** Reads the log now rather than at the next interval (a write was just committed here). */
  public void wake() {
    synchronized (lock) {
      woken = true;
      lock.notifyAll();
    }
  }

  /** How many streams are open now. */
  public int openStreams() {
    synchronized (lock) {
      return subscribers.size();
    }
  }

  /** The settings streams are served with. */
  public ChangeStreamSettings settings() {
    return settings;
  }

  /**
   * Opens a stream: from the moment this returns, every event after its {@link ChangeSubscriber#joinedAt()} that
   * the filter follows is handed to it.
   *
   * @throws TooManyStreamsException when {@code maxClients} streams are open
   * @throws UnavailableException when the log cannot be read to learn the cursor, or the server is stopping
   */
  ChangeSubscriber subscribe(ChangeFilter filter) {
    synchronized (lock) {
      if (closed) {
        throw new UnavailableException("The server is stopping.");
      }
      if (subscribers.size() >= settings.maxClients()) {
        throw new TooManyStreamsException(settings.maxClients(), RETRY_AFTER_SECONDS);
      }
      if (cursor < 0) {
        cursor = feed.newestCursor();
      }
      if (!following) {
        // The thread starts with the first stream: an instance nobody follows never reads the log.
        poller.start();
        following = true;
      }
      ChangeSubscriber subscriber = new ChangeSubscriber(filter, cursor, STREAM_BACKLOG);
      subscribers.add(subscriber);
      return subscriber;
    }
  }

  /** Closes a stream's place; events are no longer handed to it. */
  void unsubscribe(ChangeSubscriber subscriber) {
    synchronized (lock) {
      subscribers.remove(subscriber);
      if (subscribers.isEmpty()) {
        // Nobody listens: stop reading, and learn the cursor afresh when somebody does.
        cursor = -1;
      }
    }
  }

  /** Ends every open stream and stops following the log. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      subscribers.forEach(ChangeSubscriber::end);
      lock.notifyAll();
    }
    poller.interrupt();
  }

  private void follow() {
    while (awaitTurn()) {
      try {
        while (readOnce()) {
          // a full page: read on at once
        }
        if (failing) {
          failing = false;
          LOG.info("Change streams read the change log again");
        }
      } catch (CursorExpiredException e) {
        // This instance fell further behind than the history kept: every stream reconnects and learns where it is.
        LOG.warn("Change streams fell behind the history kept; ending the open streams: {}", e.getMessage());
        endAll();
      } catch (RuntimeException e) {
        // A database outage: the streams stay open (their heartbeats go on) and the read is retried each interval.
        if (!failing) {
          failing = true;
          LOG.warn("Change streams cannot read the change log (retried every {} ms, streams stay open): {}",
              settings.pollInterval().toMillis(), e.getMessage());
        }
      }
    }
  }

  // Waits for the interval or a wake-up; false once closed.
  private boolean awaitTurn() {
    synchronized (lock) {
      long deadline = System.nanoTime() + settings.pollInterval().toNanos();
      try {
        while (!closed && !woken && System.nanoTime() < deadline) {
          lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      woken = false;
      return !closed;
    }
  }

  // One page after the cursor, handed over; true when the page was full (more may follow).
  private boolean readOnce() {
    long from;
    synchronized (lock) {
      if (subscribers.isEmpty() || cursor < 0) {
        return false;
      }
      from = cursor;
    }
    ChangePage page = feed.changes(OptionalLong.of(from), ChangeFilter.ALL, ChangeFeedUseCase.MAX_PAGE);
    synchronized (lock) {
      if (cursor != from) {
        // Everybody left (and maybe came back) meanwhile: this page belongs to nobody.
        return false;
      }
      page.results().forEach(event -> subscribers.forEach(subscriber -> subscriber.offer(event)));
      cursor = page.next();
    }
    return page.results().size() == ChangeFeedUseCase.MAX_PAGE;
  }

  private void endAll() {
    synchronized (lock) {
      subscribers.forEach(ChangeSubscriber::end);
      cursor = -1;
    }
  }
}
