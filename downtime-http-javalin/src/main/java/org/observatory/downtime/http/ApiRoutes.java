package org.observatory.downtime.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.observatory.downtime.http.feature.FeatureRoutes;

/** The route table of the API, in the words of the contract (DESIGN §3). */
final class ApiRoutes {

  private final DowntimeListHandler list;
  private final DowntimeDetailHandler detail;
  private final CorsAndOptions options;
  private final PortalPushHandler portalPush;
  private final HealthHandler health;
  private final ApiDocsHandler docs;
  private final FeatureRoutes added;
  private final RequestMetrics metrics;

  ApiRoutes(DowntimeListHandler list, DowntimeDetailHandler detail, CorsAndOptions options,
            PortalPushHandler portalPush, HealthHandler health, ApiDocsHandler docs, FeatureRoutes added,
            RequestMetrics metrics) {
    this.list = list;
    this.detail = detail;
    this.options = options;
    this.portalPush = portalPush;
    this.health = health;
    this.docs = docs;
    this.added = added;
    this.metrics = metrics;
  }

  void register(RoutesConfig routes) {
    // The routes beyond the old service (§8) first: /api/{id}/ would otherwise take "history", "series", ... for ids.
    added.register(routes);
    routes.get("/api/", list::list);
    routes.post("/api/", added.create(list::create));
    routes.options("/api/", options::listOptions);

    // Before /api/{id}/, which would otherwise take "docs" for an id.
    routes.get("/api/docs/", docs::docs);
    routes.get("/api/docs/init.js", docs::initScript);
    routes.get("/openapi/", docs::openapi);
    routes.get("/openapi", ctx -> slash(ctx, "/openapi/"));

    routes.get("/api/{id}/", detail::get);
    routes.put("/api/{id}/", detail::replace);
    routes.patch("/api/{id}/", detail::merge);
    routes.delete("/api/{id}/", detail::delete);
    routes.options("/api/{id}/", options::detailOptions);

    routes.get("/api", ctx -> slash(ctx, "/api/"));
    routes.get("/api/{id}", ctx -> slash(ctx, "/api/" + ctx.pathParam("id") + "/"));

    routes.post("/authprofile/addupdateuser/", portalPush::push);

    routes.get("/healthz", health::live);
    routes.get("/readyz", health::ready);
    routes.get("/metrics", metrics::scrape);
  }

  private static void slash(Context ctx, String path) {
    String query = ctx.queryString();
    ctx.redirect(path + (query == null || query.isEmpty() ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
  }
}
