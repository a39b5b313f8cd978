package org.observatory.downtime.app;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.observatory.downtime.cli.ServerRunner;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.http.DowntimeHttpServer;
import org.observatory.downtime.http.HttpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code serve}: starts the HTTP server on {@code HOST}:{@code PORT} and blocks until a stop is requested; the
 * stop closes the server (requests in flight finish) and then the connection pools.
 */
final class HttpServerRunner implements ServerRunner {

  private final AppConfig config;
  private final Application application;
  private final StopRequests stopRequests;
  private final ServerListener listener;

  /** Told the server's address once it accepts requests (tests use it to find a port chosen with PORT=0). */
  @FunctionalInterface
  interface ServerListener {
    void started(String baseUrl);
  }

  HttpServerRunner(AppConfig config, Application application, StopRequests stopRequests, ServerListener listener) {
    this.config = config;
    this.application = application;
    this.stopRequests = stopRequests;
    this.listener = listener;
  }

  @Override
  public void run() {
    Logger log = LoggerFactory.getLogger(HttpServerRunner.class);
    // The schema is migrated on another thread while this one builds the HTTP server (two cores: about a second less
    // to /readyz); the server accepts requests only once the schema is up to date.
    CompletableFuture<Void> migrated = new CompletableFuture<>();
    Thread opener = new Thread(() -> migrateThenLoadCatalogue(migrated), "downtime-migrate");
    opener.setDaemon(true);
    opener.start();
    HttpSettings settings = new HttpSettings(config.host(), config.port(), config.secretKey(), config.debug(),
        config.logoUrl(), config.serverKey(), config.maxRequestBytes(), config.answerCacheBytes(),
        config.sessionMaxAge(), config.sessionIdle(), config.trustedProxies());
    DowntimeHttpServer server = new DowntimeHttpServer(settings, application.httpServices(), Clock.systemUTC(),
        application.metrics().registry(), config.streams().http());
    try {
      await(migrated);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    StartupLog.write(log, config, application.catalogue(), application.migrationsApplied());
    CountDownLatch stopped = new CountDownLatch(1);
    try {
      server.start();
    } catch (RuntimeException e) {
      server.close();
      throw new UnavailableException("Cannot serve on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    BackgroundTasks background = new BackgroundTasks(application.services().changes(), application.clock(),
        config.changesKeep()).start();
    AutoCloseable webhooks = application.deliverWebhooks();
    stopRequests.onStop(() -> {
      log.info("Stopping: finishing requests in flight, then closing the database pools");
      try {
        server.close();
        background.close();
        webhooks.close();
      } catch (Exception e) {
        log.warn("Stopping the webhook deliveries failed: {}", e.getMessage());
      } finally {
        application.close();
        LogSetup.flushRequestLog();
        stopped.countDown();
      }
    });
    String baseUrl = "http://" + hostForUrl(config.host()) + ":" + server.port() + "/";
    log.info("Downtime service ready at {} (API {}api/, docs {}api/docs/); stop with Ctrl-C or SIGTERM",
        baseUrl, baseUrl, baseUrl);
    listener.started(baseUrl);
    awaitUninterruptibly(stopped);
  }

  private void migrateThenLoadCatalogue(CompletableFuture<Void> migrated) {
    try {
      application.migrate();
      migrated.complete(null);
    } catch (Throwable e) {
      migrated.completeExceptionally(e);
      return;
    }
    // Loaded here rather than by the first request (/readyz, a page); nobody waits for it, so a slow ConfigDB delays
    // nothing. The catalogue never throws.
    application.catalogue().current();
  }

  // The migrating thread's exception as it was thrown (an UnavailableException naming the database, usually).
  private static void await(CompletableFuture<Void> migration) {
    try {
      migration.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Migrating the database failed: " + e.getCause(), e.getCause());
    }
  }

  private static String hostForUrl(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
