package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request log's appender writes every queued line to stderr, soon and once, and drops lines rather than wait. */
class RequestLogAppenderTest {

  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final LoggerContext context = new LoggerContext();
  private PrintStream original;

  @BeforeEach
  void captureStderr() {
    context.setMDCAdapter(new LogbackMDCAdapter());
    original = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStderr() {
    System.setErr(original);
    context.stop();
  }

  @Test
  void append_fromEightThreads_everyLineOnStderrOnce() throws Exception {
    RequestLogAppender appender = appender(100_000, 20);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      Thread appending = new Thread(() -> {
        for (int i = 0; i < 1000; i++) {
          appender.doAppend(event("GET /api/" + thread + "-" + i + "/ 200 1ms"));
        }
      });
      appending.start();
      threads.add(appending);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    appender.stop();

    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(8000).doesNotHaveDuplicates().allMatch(line -> line.matches("GET /api/\\d-\\d+/ 200 1ms"));
  }

  @Test
  void append_lineReachesStderrWithinTheFlushInterval_withoutStopping() throws Exception {
    RequestLogAppender appender = appender(8192, 20);
    appender.doAppend(event("GET /healthz 200 1ms"));

    long deadline = System.nanoTime() + 2_000_000_000L;
    while (!captured.toString(StandardCharsets.UTF_8).contains("GET /healthz") && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("GET /healthz 200 1ms\n");
    appender.stop();
  }

  @Test
  void append_moreThanTheQueueHolds_dropsTheRestWithoutWaiting() {
    // a writer that would not wake for a minute: only stopping writes the queue out
    RequestLogAppender appender = appender(10, 60_000);
    AtomicInteger appended = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      appender.doAppend(event("line " + i));
      appended.incrementAndGet();
    }
    assertThat(appended).hasValue(50);
    appender.stop();

    assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly("line 0", "line 1", "line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9");
  }

  @Test
  void flush_writesTheQueuedLinesAtOnce() {
    RequestLogAppender appender = appender(8192, 60_000);
    appender.doAppend(event("GET /api/1/ 200 1ms"));
    appender.doAppend(event("GET /api/2/ 404 1ms"));

    appender.flush();

    assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("GET /api/1/ 200 1ms\nGET /api/2/ 404 1ms\n");
    appender.stop();
  }

  private RequestLogAppender appender(int queueSize, long flushMillis) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%msg%n");
    encoder.start();
    RequestLogAppender appender = new RequestLogAppender();
    appender.setContext(context);
    appender.setName("requests-test");
    appender.setEncoder(encoder);
    appender.setQueueSize(queueSize);
    appender.setFlushMillis(flushMillis);
    appender.start();
    assertThat(appender.isStarted()).isTrue();
    return appender;
  }

  private LoggingEvent event(String message) {
    return new LoggingEvent("test", context.getLogger("org.observatory.downtime.http.requests"), Level.INFO, message,
        null, null);
  }
}
