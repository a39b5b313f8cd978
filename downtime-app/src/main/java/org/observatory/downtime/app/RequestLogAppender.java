package org.observatory.downtime.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request log's appender (named in {@code logback.xml}): a request thread only queues its event, without a lock
 * or waking anyone; a writer thread wakes every {@code flushMillis}, encodes what has queued and writes it to stderr
 * in one write. Logback's AsyncAppender woke its writer for every line, one system call each: about a tenth of the
 * CPU of a {@code GET /api/{id}/} under load.
 *
 * <p>Lines reach stderr at most {@code flushMillis} (default 50) late; stopping the appender (a reconfiguration or
 * the end of logging) writes what is queued. When {@code queueSize} events (default 8192) wait, further ones are
 * dropped, as AsyncAppender's {@code neverBlock} does, so the log never slows the server (Logback's status messages
 * count them).
 */
public final class RequestLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

  private final ConcurrentLinkedQueue<ILoggingEvent> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  // The writer thread and flush() take turns on the batch.
  private final ReentrantLock writing = new ReentrantLock();
  private final ByteArrayOutputStream batch = new ByteArrayOutputStream(64 * 1024);
  private Encoder<ILoggingEvent> encoder;
  private int queueSize = 8192;
  private long flushMillis = 50;
  private Thread writer;

  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    this.encoder = encoder;
  }

  public void setQueueSize(int queueSize) {
    this.queueSize = queueSize;
  }

  public void setFlushMillis(long flushMillis) {
    this.flushMillis = flushMillis;
  }

  @Override
  public void start() {
    if (encoder == null) {
      addError("No encoder set for the appender named \"" + name + "\".");
      return;
    }
    if (queueSize < 1 || flushMillis < 1) {
      addError("queueSize and flushMillis of the appender named \"" + name + "\" must be positive.");
      return;
    }
    super.start();
    writer = new Thread(this::writeUntilStopped, "request-log-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void stop() {
    if (!isStarted()) {
      return;
    }
    super.stop();
    LockSupport.unpark(writer);
    try {
      writer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (waiting.incrementAndGet() > queueSize) {
      waiting.decrementAndGet();
      dropped.incrementAndGet();
      return;
    }
    // The writer formats it later, on its own thread: what the event refers to is copied now.
    event.prepareForDeferredProcessing();
    queue.offer(event);
  }

  /** Writes the queued lines now: a stopping service calls it, as the writer thread does not outlive the JVM. */
  public void flush() {
    writing.lock();
    try {
      write();
    } catch (IOException e) {
      addError("Cannot write the request log to stderr", e);
    } finally {
      writing.unlock();
    }
  }

  private void writeUntilStopped() {
    while (isStarted()) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(flushMillis));
      flush();
    }
    flush();
  }

  private void write() throws IOException {
    ILoggingEvent event;
    while ((event = queue.poll()) != null) {
      waiting.decrementAndGet();
      try {
        batch.writeBytes(encoder.encode(event));
      } catch (RuntimeException e) {
        addError("Cannot encode a request log event", e);
      }
    }
    long lost = dropped.getAndSet(0);
    if (lost > 0) {
      addWarn(lost + " request log lines were dropped: more than " + queueSize + " were waiting to be written.");
    }
    if (batch.size() > 0) {
      // The stderr of this moment (tests capture it by replacing System.err).
      batch.writeTo(System.err);
      System.err.flush();
      batch.reset();
    }
  }
}
