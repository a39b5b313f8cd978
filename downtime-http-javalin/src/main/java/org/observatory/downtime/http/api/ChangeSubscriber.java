package org.observatory.downtime.http.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;

/**
 * One open change stream as {@link ChangeStreams} sees it: the events of its filter waiting to be written, at most
 * a bounded number. A stream that falls that far behind is ended (its client reconnects with {@code Last-Event-ID}
 * and reads the rest from the log), so a slow reader never holds up the others or fills the memory.
 */
final class ChangeSubscriber {

  private final ChangeFilter filter;
  private final long joinedAt;
  private final int capacity;
  private final ArrayDeque<ChangeEvent> waiting = new ArrayDeque<>();
  private boolean ended;

  /**
   * @param joinedAt the fan-out's cursor when this stream joined: every matching event after it is handed over
   * @param capacity most events kept waiting
   */
  ChangeSubscriber(ChangeFilter filter, long joinedAt, int capacity) {
    this.filter = filter;
    this.joinedAt = joinedAt;
    this.capacity = capacity;
  }

  /** The fan-out's cursor when this stream joined. */
  long joinedAt() {
    return joinedAt;
  }

  /** Hands over one new event; keeps it if the filter follows it, ends the stream if too many are waiting. */
  synchronized void offer(ChangeEvent event) {
    if (ended || !filter.matches(event)) {
      return;
    }
    if (waiting.size() >= capacity) {
      ended = true;
    } else {
      waiting.add(event);
    }
    notifyAll();
  }

  /** Ends the stream once what is waiting has been written (the server stops, or the log cannot be followed). */
  synchronized void end() {
    ended = true;
    notifyAll();
  }

  /**
   * The events waiting, oldest first, waiting for some until the deadline.
   *
   * @param deadline a {@link System#nanoTime()} value
   * @return the events; empty when the deadline passed or the stream ended with nothing waiting
   */
  synchronized List<ChangeEvent> take(long deadline) throws InterruptedException {
    long left = deadline - System.nanoTime();
    while (waiting.isEmpty() && !ended && left > 0) {
      long millis = Math.max(1, left / 1_000_000);
      wait(millis);
      left = deadline - System.nanoTime();
    }
    List<ChangeEvent> events = new ArrayList<>(waiting);
    waiting.clear();
    return events;
  }

  /** Whether the stream has ended and every event handed over was taken. */
  synchronized boolean finished() {
    return ended && waiting.isEmpty();
  }
}
