package org.observatory.downtime.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Objects;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.observatory.downtime.http.api.ApiRepresentation;
import org.observatory.downtime.http.api.ApiResponder;
import org.observatory.downtime.http.api.ApiRoutes;
import org.observatory.downtime.http.api.ChangeStreamSettings;
import org.observatory.downtime.http.api.ChangeStreams;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.security.HttpAuthenticator;
import org.observatory.downtime.http.security.SessionCookies;
import org.observatory.downtime.http.security.WriteGuard;
import org.observatory.downtime.http.template.TemplateRenderer;
import org.observatory.downtime.http.web.WebPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The downtime HTTP service on Javalin: the {@code /api/} contract, the web pages, OpenAPI and health checks.
 *
 * <p>Construct with settings and services, {@link #start()}, read the bound {@link #port()}, {@link #close()} to
 * stop (in-flight requests finish first).
 */
public final class DowntimeHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DowntimeHttpServer.class);
  /** Javalin's default pool size, kept for ordinary requests whatever the streams take. */
  private static final int REQUEST_THREADS = 250;
  private static final Logger REQUESTS = LoggerFactory.getLogger("org.observatory.downtime.http.requests");

  private final HttpSettings settings;
  private final Javalin app;
  private final ChangeStreams changeStreams;
  private boolean started;

  public DowntimeHttpServer(HttpSettings settings, HttpServices services) {
    this(settings, services, Clock.systemUTC());
  }

  /** @param clock the "now" of the public timeline */
  public DowntimeHttpServer(HttpSettings settings, HttpServices services, Clock clock) {
    this(settings, services, clock, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /**
   * @param clock    the "now" of the public timeline
   * @param registry the application's meters: the server adds request timings, answer-cache hits and Jetty's threads,
   *                 and {@code /metrics} scrapes it whole
   */
  public DowntimeHttpServer(HttpSettings settings, HttpServices services, Clock clock,
                            PrometheusMeterRegistry registry) {
    this(settings, services, clock, registry, ChangeStreamSettings.DEFAULTS);
  }

  /**
   * @param clock    the "now" of the public timeline
   * @param registry the application's meters: the server adds request timings, answer-cache hits, Jetty's threads and
   *                 the open change streams, and {@code /metrics} scrapes it whole
   * @param streams  how the live change stream is served
   */
  public DowntimeHttpServer(HttpSettings settings, HttpServices services, Clock clock,
                            PrometheusMeterRegistry registry, ChangeStreamSettings streams) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(streams, "streams");
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(clock, "clock");
    ObjectMapper mapper = new ObjectMapper();
    TemplateRenderer renderer = new TemplateRenderer();
    ApiResponder responder = new ApiResponder(mapper, renderer);
    SessionCookies sessions = new SessionCookies(settings.secretKey(), settings.sessionMaxAge(), settings.sessionIdle(),
        Clock.systemUTC());
    CsrfTokens csrf = new CsrfTokens(settings.secretKey());
    HttpAuthenticator authenticator = new HttpAuthenticator(services.authenticate(), sessions);
    this.changeStreams = new ChangeStreams(services.changes(), streams);
    Gauge.builder("downtime.change.streams.open", changeStreams, ChangeStreams::openStreams)
        .description("Live change streams (GET /api/changes/stream) open on this instance.").register(registry);
    ApiRoutes api = new ApiRoutes(services.api(), mapper, responder, authenticator, new WriteGuard(authenticator, csrf),
        renderer, settings.serverKey(), settings.maxRequestBytes(), settings.answerCacheBytes(), registry,
        changeStreams);
    WebPages pages = new WebPages(services.pages(), settings.logoUrl(), sessions, csrf, renderer, clock);
    ErrorMapper errors = new ErrorMapper(new ApiRepresentation(mapper), responder, pages.errors(),
        settings.maxRequestBytes());
    RequestFilters filters = new RequestFilters(authenticator, settings.maxRequestBytes(), settings.trustedProxies());
    this.app = Javalin.create(config -> {
      configure(config, api, pages, filters, errors);
      // Each open stream keeps a request thread: room for every stream allowed on top of Javalin's 250 for requests.
      QueuedThreadPool threads = new QueuedThreadPool(REQUEST_THREADS + streams.maxClients(), 8, 60_000);
      threads.setName("JettyServerThreadPool");
      config.jetty.threadPool = threads;
      config.jetty.modifyServer(server ->
          new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry));
    });
  }

  private void configure(JavalinConfig config, ApiRoutes api, WebPages pages, RequestFilters filters,
                         ErrorMapper errors) {
    config.startup.showJavalinBanner = false;
    config.jetty.host = settings.host();
    config.jetty.port = settings.port();
    config.router.ignoreTrailingSlashes = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxRequestBytes();
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.staticFiles.enableWebjars();
    config.requestLogger.http((ctx, ms) -> {
      api.metrics().record(ctx, ms);
      wakeStreamsAfterWrite(ctx);
      REQUESTS.info("{} {} {} {}ms", ctx.method().name(), ctx.path(), ctx.statusCode(), Math.round(ms));
      RequestIds.release();
    });
    config.routes.before(filters::before);
    api.register(config.routes);
    pages.register(config);
    config.routes.exception(Exception.class, errors::handle);
    config.routes.error(405, errors::methodNotAllowed);
    config.routes.error(404, errors::notFound);
    config.routes.error(413, errors::tooLarge);
  }

  // A write answered here is read into the live streams at once rather than at the next poll.
  private void wakeStreamsAfterWrite(Context ctx) {
    HandlerType method = ctx.method();
    if (ctx.statusCode() < 400 && (method == HandlerType.POST || method == HandlerType.PUT
        || method == HandlerType.PATCH || method == HandlerType.DELETE)) {
      changeStreams.wake();
    }
  }

  /** Binds the host and port of the settings and starts serving. */
  public synchronized DowntimeHttpServer start() {
    if (!started) {
      app.start();
      started = true;
      LOG.info("Serving the downtime API at http://{}:{}/api/", settings.host(), port());
    }
    return this;
  }

  /** The bound port (useful when the settings asked for 0); only meaningful after {@link #start()}. */
  public int port() {
    return app.port();
  }

  /** Stops serving: open change streams are ended, other requests in flight are allowed to finish. */
  @Override
  public synchronized void close() {
    changeStreams.close();
    if (started) {
      app.stop();
      started = false;
    }
  }
}
