package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.observatory.downtime.core.model.LoginThrottleCounts;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/**
 * {@code GET /metrics}: the Prometheus scrape of the registry the composition root hands the server, with
 * {@code http_server_requests_seconds} by route template ({@code /api/{id}/}, never the raw path, so the number of
 * series stays bounded), method and status, and whether the database and the catalogue answer. Thread-safe.
 */
public final class RequestMetrics {

  private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

  private final PrometheusMeterRegistry registry;
  private final Supplier<LoginThrottleCounts> loginThrottle;

  /** @param loginThrottle the login throttle's counts in this process, read at each scrape */
  RequestMetrics(PrometheusMeterRegistry registry, BooleanSupplier databaseReachable, InstrumentCatalogue catalogue,
                 Supplier<LoginThrottleCounts> loginThrottle) {
    this.registry = registry;
    this.loginThrottle = loginThrottle;
    // Micrometer holds a counter's source weakly: this object, which the routes keep, not a lambda nobody else holds.
    FunctionCounter.builder("downtime.login.failures", this, metrics -> metrics.loginThrottle.get().failedChecks())
        .description("Failed password checks (counted per username and address).").register(registry);
    FunctionCounter.builder("downtime.login.throttled", this, metrics -> metrics.loginThrottle.get().refusals())
        .description("Logins refused with 429 without checking the password.").register(registry);
    Gauge.builder("downtime.database.reachable", () -> reachable(databaseReachable) ? 1 : 0)
        .description("1 when the database answers.").register(registry);
    Gauge.builder("downtime.catalogue.loaded", () -> catalogue.current().isPresent() ? 1 : 0)
        .description("1 when an instrument catalogue is loaded.").register(registry);
  }

  /** Times one answered request; called by the request logger. */
  public void record(Context ctx, float milliseconds) {
    int status = ctx.statusCode();
    Timer.builder("http.server.requests")
        .description("HTTP requests answered, by route template, method and status.")
        .tag("method", ctx.method().name())
        .tag("uri", route(ctx))
        .tag("status", Integer.toString(status))
        .tag("outcome", outcome(status))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record((long) (milliseconds * 1_000_000.0), TimeUnit.NANOSECONDS);
  }

  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  private static boolean reachable(BooleanSupplier databaseReachable) {
    try {
      return databaseReachable.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String outcome(int status) {
    if (status < 200) {
      return "INFORMATIONAL";
    }
    if (status < 300) {
      return "SUCCESS";
    }
    if (status < 400) {
      return "REDIRECTION";
    }
    return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
  }

  // The matched route template; requests no route matched (static files, 404s) share one label.
  private static String route(Context ctx) {
    try {
      Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
      return endpoint == null ? "unmatched" : endpoint.path;
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }
}
