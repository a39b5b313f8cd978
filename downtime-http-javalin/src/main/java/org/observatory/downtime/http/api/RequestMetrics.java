package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.observatory.downtime.core.model.LoginThrottleCounts;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/**
 * {@code GET /metrics} in the Prometheus text format: requests by route template, method and status, a duration
 * histogram per route, JVM heap, and whether the database and the catalogue answer. Routes are labelled by their
 * template ({@code /api/{id}/}), never by the raw path, so the number of series stays bounded. Thread-safe.
 */
public final class RequestMetrics {

  private static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private record Answer(String method, String route, int status) {
  }

  private record Route(String method, String route) {
  }

  private static final class Histogram {
    final LongAdder[] buckets = new LongAdder[BOUNDS.length];
    final LongAdder count = new LongAdder();
    final DoubleAdder sum = new DoubleAdder();

    Histogram() {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] = new LongAdder();
      }
    }

    void observe(double seconds) {
      for (int i = 0; i < BOUNDS.length; i++) {
        if (seconds <= BOUNDS[i]) {
          buckets[i].increment();
        }
      }
      count.increment();
      sum.add(seconds);
    }
  }

  private final Map<Answer, LongAdder> answers = new ConcurrentHashMap<>();
  private final Map<Route, Histogram> durations = new ConcurrentHashMap<>();
  private final BooleanSupplier databaseReachable;
  private final InstrumentCatalogue catalogue;
  private final long startedNanos = System.nanoTime();

  private final Supplier<LoginThrottleCounts> loginThrottle;

  /** @param loginThrottle the login throttle's counts in this process, read at each scrape (a gauge source) */
  RequestMetrics(BooleanSupplier databaseReachable, InstrumentCatalogue catalogue,
                 Supplier<LoginThrottleCounts> loginThrottle) {
    this.databaseReachable = databaseReachable;
    this.catalogue = catalogue;
    this.loginThrottle = loginThrottle;
  }

  /** Counts one answered request; called by the request logger. */
  public void record(Context ctx, float milliseconds) {
    String route = route(ctx);
    String method = ctx.method().name();
    answers.computeIfAbsent(new Answer(method, route, ctx.statusCode()), key -> new LongAdder()).increment();
    durations.computeIfAbsent(new Route(method, route), key -> new Histogram()).observe(milliseconds / 1000.0);
  }

  void scrape(Context ctx) {
    StringBuilder out = new StringBuilder(4096);
    out.append("# HELP downtime_http_requests_total HTTP requests answered, by route template, method and status.\n")
        .append("# TYPE downtime_http_requests_total counter\n");
    new TreeMap<String, Long>(answers.entrySet().stream().collect(java.util.stream.Collectors.toMap(
        e -> "{method=\"" + e.getKey().method() + "\",route=\"" + e.getKey().route() + "\",status=\""
            + e.getKey().status() + "\"}", e -> e.getValue().sum())))
        .forEach((labels, count) -> out.append("downtime_http_requests_total").append(labels).append(' ').append(count).append('\n'));
    out.append("# HELP downtime_http_request_duration_seconds Time to answer, by route template and method.\n")
        .append("# TYPE downtime_http_request_duration_seconds histogram\n");
    durations.forEach((route, histogram) -> histogram(out, route, histogram));
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    gauge(out, "jvm_memory_heap_used_bytes", "Heap in use.", heap.getUsed());
    gauge(out, "jvm_memory_heap_max_bytes", "Largest heap the JVM may use.", heap.getMax());
    gauge(out, "process_uptime_seconds", "Seconds since the HTTP server was built.", (System.nanoTime() - startedNanos) / 1e9);
    gauge(out, "downtime_database_reachable", "1 when the database answers.", reachable() ? 1 : 0);
    gauge(out, "downtime_catalogue_loaded", "1 when an instrument catalogue is loaded.", catalogue.current().isPresent() ? 1 : 0);
    LoginThrottleCounts throttle = loginThrottle.get();
    counter(out, "downtime_login_failures_total", "Failed password checks (counted per username and address).",
        throttle.failedChecks());
    counter(out, "downtime_login_throttled_total", "Logins refused with 429 without checking the password.",
        throttle.refusals());
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(out.toString());
  }

  private static void histogram(StringBuilder out, Route route, Histogram histogram) {
    String labels = "method=\"" + route.method() + "\",route=\"" + route.route() + "\"";
    for (int i = 0; i < BOUNDS.length; i++) {
      out.append("downtime_http_request_duration_seconds_bucket{").append(labels).append(",le=\"").append(BOUNDS[i])
          .append("\"} ").append(histogram.buckets[i].sum()).append('\n');
    }
    long count = histogram.count.sum();
    out.append("downtime_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ").append(count).append('\n')
        .append("downtime_http_request_duration_seconds_sum{").append(labels).append("} ")
        .append(String.format(Locale.ROOT, "%.6f", histogram.sum.sum())).append('\n')
        .append("downtime_http_request_duration_seconds_count{").append(labels).append("} ").append(count).append('\n');
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n')
        .append("# TYPE ").append(name).append(" counter\n")
        .append(name).append(' ').append(value).append('\n');
  }

  private static void gauge(StringBuilder out, String name, String help, double value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n')
        .append("# TYPE ").append(name).append(" gauge\n")
        .append(name).append(' ').append(value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value))
        .append('\n');
  }

  private boolean reachable() {
    try {
      return databaseReachable.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
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
