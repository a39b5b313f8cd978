package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /healthz} (the process answers) and {@code /readyz} (the database answers and a catalogue is loaded). */
final class HealthHandler {

  private static final Logger LOG = LoggerFactory.getLogger(HealthHandler.class);

  private final BooleanSupplier databaseReachable;
  private final InstrumentCatalogue catalogue;
  private final ApiRepresentation representation;

  HealthHandler(BooleanSupplier databaseReachable, InstrumentCatalogue catalogue,
                ApiRepresentation representation) {
    this.databaseReachable = databaseReachable;
    this.catalogue = catalogue;
    this.representation = representation;
  }

  void live(Context ctx) {
    ctx.contentType("application/json").result(representation.value(Map.of("status", "ok")));
  }

  void ready(Context ctx) {
    boolean database = reachable();
    boolean loaded = catalogue.current().isPresent();
    Map<String, String> body = new LinkedHashMap<>();
    body.put("status", database && loaded ? "ok" : "unavailable");
    body.put("database", database ? "ok" : "unreachable");
    body.put("catalogue", loaded ? "ok" : "not loaded");
    ctx.status(database && loaded ? 200 : 503).contentType("application/json").result(representation.value(body));
  }

  private boolean reachable() {
    try {
      return databaseReachable.getAsBoolean();
    } catch (RuntimeException e) {
      LOG.warn("Database readiness check failed: {}", e.toString());
      return false;
    }
  }
}
