package org.observatory.downtime.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Objects;
import org.observatory.downtime.http.feature.ApiSupport;
import org.observatory.downtime.http.feature.EntityTags;
import org.observatory.downtime.http.feature.FeatureRoutes;
import org.observatory.downtime.http.feature.FeatureServices;
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
  private static final Logger REQUESTS = LoggerFactory.getLogger("org.observatory.downtime.http.requests");

  /** Oversized bodies up to this size are read and dropped before the 413, so the client sees it. */
  private static final long DRAIN_LIMIT_BYTES = 16L * 1024 * 1024;

  private final HttpSettings settings;
  private final Javalin app;
  private boolean started;

  public DowntimeHttpServer(HttpSettings settings, HttpServices services) {
    this(settings, services, null);
  }

  /**
   * A server that also serves the routes added beyond the old service (history, series, calendar, availability).
   *
   * @param features the use cases of the added routes, or {@code null} to serve only the old API
   */
  public DowntimeHttpServer(HttpSettings settings, HttpServices services, FeatureServices features) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(services, "services");
    ObjectMapper mapper = new ObjectMapper();
    TemplateRenderer renderer = new TemplateRenderer();
    DowntimeJson json = new DowntimeJson(mapper);
    ApiResponder responder = new ApiResponder(mapper, renderer);
    RequestBody body = new RequestBody(mapper, settings.maxRequestBytes());
    SessionCookies sessions = new SessionCookies(settings.secretKey());
    CsrfTokens csrf = new CsrfTokens(settings.secretKey());
    HttpAuthenticator authenticator = new HttpAuthenticator(services.authenticate(), sessions, new PasswordCheckCache());
    WriteGuard guard = new WriteGuard(authenticator, csrf);
    ErrorMapper errors = new ErrorMapper(json, responder, settings.maxRequestBytes());
    CorsAndOptions cors = new CorsAndOptions(json, responder);
    RequestMetrics metrics = new RequestMetrics(services.databaseReachable(), services.catalogue());
    FeatureRoutes added = new FeatureRoutes(features, services.find(), services.catalogue(), services.writePolicy(),
        new ApiSupport(guard::writer, body::fields,
            (fields, catalogue) -> DraftBinder.bind(fields, DraftBinder.Mode.CREATE, null, catalogue),
            json::one, json::value, responder::send, RequestScheme::origin, cors::options));
    ApiRoutes api = new ApiRoutes(
        new DowntimeListHandler(services.find(), services.create(), services.catalogue(), services.writePolicy(),
            guard, body, json, responder,
            new AnswerCache(settings.answerCacheBytes(), AnswerCache.DEFAULT_MAX_ENTRIES)),
        new DowntimeDetailHandler(services.find(), services.update(), services.delete(), services.catalogue(),
            services.writePolicy(), guard, body, json, responder),
        cors,
        new PortalPushHandler(settings.serverKey(), services.users(), authenticator, body, json, responder),
        new HealthHandler(services.databaseReachable(), services.catalogue(), json),
        new ApiDocsHandler(renderer),
        added,
        metrics);
    WebPages pages = new WebPages(settings, services, features, sessions, csrf);
    this.app = Javalin.create(config -> configure(config, api, pages, cors, errors, authenticator, metrics));
  }

  private void configure(JavalinConfig config, ApiRoutes api, WebPages pages, CorsAndOptions cors, ErrorMapper errors,
                         HttpAuthenticator authenticator, RequestMetrics metrics) {
    config.startup.showJavalinBanner = false;
    config.jetty.host = settings.host();
    config.jetty.port = settings.port();
    config.router.ignoreTrailingSlashes = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxRequestBytes();
    config.http.compressionStrategy = CompressionStrategy.GZIP;
    config.staticFiles.enableWebjars();
    config.requestLogger.http((ctx, ms) -> {
      metrics.record(ctx, ms);
      REQUESTS.info("{} {} {} {}ms", ctx.method().name(), ctx.path(), ctx.statusCode(), Math.round(ms));
    });
    config.routes.before(ctx -> {
      securityHeaders(ctx);
      cors.allowOrigins(ctx);
      refuseLargeBodies(ctx);
      checkGivenCredentials(ctx, authenticator);
    });
    api.register(config.routes);
    config.routes.after(new EntityTags()::tag);
    pages.register(config);
    config.routes.exception(Exception.class, errors::handle);
    config.routes.error(405, errors::methodNotAllowed);
    config.routes.error(404, errors::notFound);
    config.routes.error(413, errors::tooLarge);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
  }

  // The declared length is checked up front; a chunked body is cut off by RequestBody while it is read.
  // A moderately oversized body is read and dropped first: closing a socket with unread bytes makes the
  // kernel send a reset, which can destroy the 413 before the client has read it.
  private void refuseLargeBodies(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > settings.maxRequestBytes()) {
      if (declared <= DRAIN_LIMIT_BYTES) {
        drain(ctx);
      }
      throw new BadRequestException(413, ErrorMapper.tooLarge(settings.maxRequestBytes()));
    }
  }

  private static void drain(Context ctx) {
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (java.io.IOException e) {
      // The client went away or sent less than it declared: the 413 is still the answer.
      LOG.debug("Oversized request body not fully drained: {}", e.getMessage());
    }
  }

  // As DRF: credentials that are given are checked on every API request, reads included, so a bad token is
  // noticed at once. A CORS preflight carries no credentials and is never refused.
  private static void checkGivenCredentials(Context ctx, HttpAuthenticator authenticator) {
    if (ctx.path().startsWith("/api/") && !"OPTIONS".equals(ctx.method().name())) {
      authenticator.user(ctx);
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

  /** Stops serving; requests in flight are allowed to finish. */
  @Override
  public synchronized void close() {
    if (started) {
      app.stop();
      started = false;
    }
  }
}
