package org.observatory.downtime.http.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.observatory.downtime.http.ical.Ical4jCalendarWriter;
import org.observatory.downtime.http.security.HttpAuthenticator;
import org.observatory.downtime.http.security.WriteGuard;
import org.observatory.downtime.http.template.TemplateRenderer;

/**
 * The route table of the API, in the order of the contract (DESIGN §3, §8): every route of {@code /api/}, the
 * OpenAPI document, the portal's push and the health checks, each answered by the handler of its use case.
 *
 * <p>The order of the table is for reading: {@link #register} hands the routes to Javalin in {@link Route#MATCH_ORDER}.
 */
public final class ApiRoutes {

  /** The list: {@code GET} (read) and {@code POST} (create). */
  public static final String LIST = "/api/";
  /** One downtime: {@code GET}, {@code PUT}, {@code PATCH}, {@code DELETE}. */
  public static final String DETAIL = "/api/{id}/";

  private static final String READ = "GET, HEAD, OPTIONS";

  private final List<Route> routes;
  private final RequestMetrics metrics;

  /**
   * @param serverKey         the key the portal signs its pushes with; {@code ""} refuses every push
   * @param maxRequestBytes   the largest body a write may have
   * @param answerCacheBytes  bytes of list answers kept for repeated questions; {@code 0} keeps none
   */
  public ApiRoutes(ApiUseCases useCases, ObjectMapper mapper, ApiResponder responder, HttpAuthenticator authenticator,
                   WriteGuard guard, TemplateRenderer renderer, String serverKey, long maxRequestBytes,
                   long answerCacheBytes) {
    this(useCases, mapper, responder, authenticator, guard, renderer, serverKey, maxRequestBytes, answerCacheBytes,
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
        new ChangeStreams(useCases.changes(), ChangeStreamSettings.DEFAULTS));
  }

  /**
   * @param registry where request timings and answer-cache hits go, and what {@code /metrics} scrapes
   * @param streams  the fan-out the live change streams are served from (the server closes it when it stops)
   */
  public ApiRoutes(ApiUseCases useCases, ObjectMapper mapper, ApiResponder responder, HttpAuthenticator authenticator,
                   WriteGuard guard, TemplateRenderer renderer, String serverKey, long maxRequestBytes,
                   long answerCacheBytes, PrometheusMeterRegistry registry, ChangeStreams streams) {
    ApiRepresentation representation = new ApiRepresentation(mapper);
    RequestBody body = new RequestBody(mapper, maxRequestBytes);
    CorsAndOptions cors = new CorsAndOptions(representation, responder);
    var list = new ListDowntimesHandler(useCases.find(), useCases.catalogue(), representation, responder,
        new AnswerCache(answerCacheBytes, AnswerCache.DEFAULT_MAX_ENTRIES, registry), useCases.nights());
    var create = new CreateDowntimeHandler(useCases.create(), useCases.recurring(), guard, body, representation,
        responder);
    var detail = new GetDowntimeHandler(useCases.find(), representation, responder);
    var update = new UpdateDowntimeHandler(useCases.update(), guard, body, representation, responder);
    var delete = new DeleteDowntimeHandler(useCases.delete(), guard);
    var history = new HistoryHandler(useCases.history(), representation, responder);
    var series = new SeriesHandler(useCases.recurring(), guard, representation, responder);
    var calendar = new CalendarFeedHandler(useCases.find(), useCases.catalogue(),
        new Ical4jCalendarWriter("Telescope downtime"));
    var availability = new AvailabilityHandler(useCases.availability(), useCases.catalogue(), representation,
        responder);
    var sites = new SitesHandler(useCases.catalogue(), representation, responder);
    var nights = new NightsHandler(useCases.nights(), representation, responder);
    var timeLost = new TimeLostHandler(useCases.nights(), representation, responder);
    var docs = new ApiDocsHandler(renderer);
    var push = new PortalPushHandler(serverKey, useCases.users(), authenticator, body, representation, responder);
    var changes = new ChangesHandler(useCases.changes(), representation, responder);
    var stream = new ChangeStreamHandler(useCases.changes(), streams, representation);
    var webhooks = new WebhooksHandler(useCases.webhooks(), authenticator, guard, body, new WebhookBody(mapper),
        representation, responder);
    var health = new HealthHandler(useCases.databaseReachable(), useCases.catalogue(), representation);
    this.metrics = new RequestMetrics(registry, useCases.databaseReachable(), useCases.catalogue(),
        authenticator::loginThrottleCounts);
    this.routes = List.of(
        // §3.1–3.3: the list, creation, one downtime
        Route.get(LIST, list::list),
        Route.post(LIST, create::create),
        Route.options(LIST, cors.answering(CorsAndOptions.LIST_METHODS, "Downtime List")),
        Route.get("/api", ctx -> slash(ctx, LIST)),
        Route.get(DETAIL, detail::get),
        Route.put(DETAIL, update::replace),
        Route.patch(DETAIL, update::merge),
        Route.delete(DETAIL, delete::delete),
        Route.options(DETAIL, cors.answering(CorsAndOptions.DETAIL_METHODS, "Downtime Instance")),
        Route.get("/api/{id}", ctx -> slash(ctx, "/api/" + ctx.pathParam("id") + "/")),
        // §8: history and the change feed (and its live stream), recurring series, the calendar feed, availability
        Route.get("/api/{id}/history/", history::downtime),
        Route.options("/api/{id}/history/", cors.answering(READ, "Downtime History")),
        Route.get("/api/history/", history::changes),
        Route.options("/api/history/", cors.answering(READ, "Downtime Changes")),
        Route.get("/api/changes/", changes::changes),
        Route.options("/api/changes/", cors.answering(READ, "Downtime Change Feed")),
        Route.get("/api/changes/stream", stream::stream),
        Route.options("/api/changes/stream", cors.answering(READ, "Downtime Change Stream")),
        Route.get("/api/series/{id}/", series::get),
        Route.delete("/api/series/{id}/", series::delete),
        Route.options("/api/series/{id}/", cors.answering("GET, DELETE, HEAD, OPTIONS", "Downtime Series")),
        Route.get("/api/calendar.ics", calendar::feed),
        Route.options("/api/calendar.ics", cors.answering(READ, "Downtime Calendar")),
        Route.get("/api/availability/", availability::report),
        Route.options("/api/availability/", cors.answering(READ, "Availability")),
        // observing nights: sites, nights, the dark time lost
        Route.get("/api/sites/", sites::list),
        Route.options("/api/sites/", cors.answering(READ, "Sites")),
        Route.get("/api/nights/", nights::report),
        Route.options("/api/nights/", cors.answering(READ, "Nights")),
        Route.get("/api/reports/time-lost/", timeLost::report),
        Route.options("/api/reports/time-lost/", cors.answering(READ, "Dark Time Lost")),
        // webhooks: staff's subscriptions to the change feed by signed POST
        Route.get("/api/webhooks/", webhooks::list),
        Route.post("/api/webhooks/", webhooks::create),
        Route.options("/api/webhooks/", cors.answering("GET, POST, HEAD, OPTIONS", "Webhook List")),
        Route.get("/api/webhooks/{id}/", webhooks::get),
        Route.patch("/api/webhooks/{id}/", webhooks::update),
        Route.delete("/api/webhooks/{id}/", webhooks::delete),
        Route.options("/api/webhooks/{id}/", cors.answering("GET, PATCH, DELETE, HEAD, OPTIONS", "Webhook")),
        Route.post("/api/webhooks/{id}/redeliver/", webhooks::redeliver),
        Route.post("/api/webhooks/{id}/test/", webhooks::test),
        // the documentation
        Route.get("/api/docs/", docs::docs),
        Route.get("/api/docs/init.js", docs::initScript),
        Route.get("/openapi/", docs::openapi),
        Route.get("/openapi", ctx -> slash(ctx, "/openapi/")),
        // §3.4: the Observation Portal's push of a user profile
        Route.post("/authprofile/addupdateuser/", push::push),
        // operations
        Route.get("/healthz", health::live),
        Route.get("/readyz", health::ready),
        Route.get("/metrics", metrics::scrape));
  }

  /** The table as it reads: the contract's order. */
  public List<Route> routes() {
    return routes;
  }

  /** What {@code /metrics} reports; the server's request logger counts every answer into it. */
  public RequestMetrics metrics() {
    return metrics;
  }

  /** Hands the routes to Javalin (literal segments before parameters), then the API's conditional-GET step. */
  public void register(RoutesConfig config) {
    Route.registerAll(config, routes);
    config.after(new EntityTags()::tag);
  }

  // The server tells "/api" from "/api/" (the contract needs it): reads without the slash are sent to it.
  private static void slash(Context ctx, String path) {
    String query = ctx.queryString();
    ctx.redirect(path + (query == null || query.isEmpty() ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
  }
}
