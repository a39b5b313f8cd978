package org.observatory.downtime.http.feature;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Objects;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.service.WritePolicy;
import org.observatory.downtime.http.ical.Ical4jCalendarWriter;

/**
 * The routes this service adds to the old API (DESIGN §8): history, recurring series, the calendar feed and
 * availability. Register them before the API's {@code /api/{id}/} routes, which would otherwise take their names
 * for ids.
 */
public final class FeatureRoutes {

  private static final String READ = "GET, HEAD, OPTIONS";

  private final HistoryHandler history;
  private final SeriesHandler series;
  private final CalendarHandler calendar;
  private final AvailabilityHandler availability;
  private final ApiSupport.Options options;

  /**
   * @param features the use cases, or {@code null} for a server that serves only the old API (then a creation with
   *                 a {@code recurrence} is refused rather than silently made once)
   */
  public FeatureRoutes(FeatureServices features, FindDowntimesUseCase find, InstrumentCatalogue catalogue,
                       WritePolicy policy, ApiSupport support) {
    Objects.requireNonNull(support, "support");
    this.options = support.options();
    FeatureJson json = new FeatureJson(support);
    this.series = new SeriesHandler(features == null ? null : features.recurring(), catalogue, policy, json, support);
    if (features == null) {
      this.history = null;
      this.calendar = null;
      this.availability = null;
      return;
    }
    this.history = new HistoryHandler(features.history(), json, support);
    this.calendar = new CalendarHandler(find, catalogue, new Ical4jCalendarWriter("Telescope downtime"), support);
    this.availability = new AvailabilityHandler(features.availability(), catalogue, json, support);
  }

  /** Registers the added routes. */
  public void register(RoutesConfig routes) {
    if (history == null) {
      return;
    }
    routes.get("/api/history/", history::changes);
    routes.get("/api/calendar.ics", calendar::feed);
    routes.get("/api/availability/", availability::report);
    routes.get("/api/series/{id}/", series::get);
    routes.delete("/api/series/{id}/", series::delete);
    routes.get("/api/{id}/history/", history::downtime);
    routes.options("/api/history/", ctx -> options.answer(ctx, READ, "Downtime Changes"));
    routes.options("/api/calendar.ics", ctx -> options.answer(ctx, READ, "Downtime Calendar"));
    routes.options("/api/availability/", ctx -> options.answer(ctx, READ, "Availability"));
    routes.options("/api/series/{id}/", ctx -> options.answer(ctx, "GET, DELETE, HEAD, OPTIONS", "Downtime Series"));
    routes.options("/api/{id}/history/", ctx -> options.answer(ctx, READ, "Downtime History"));
  }

  /** The {@code POST /api/} handler: series for a body with {@code recurrence}, {@code single} for any other. */
  public Handler create(Handler single) {
    return series.create(single);
  }
}
