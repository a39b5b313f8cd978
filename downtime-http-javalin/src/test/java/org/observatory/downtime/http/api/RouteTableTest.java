package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.InMemoryDowntimeRepository;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.service.DowntimeServices;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.security.HttpAuthenticator;
import org.observatory.downtime.http.security.SessionCookies;
import org.observatory.downtime.http.security.WriteGuard;
import org.observatory.downtime.http.template.TemplateRenderer;
import org.observatory.downtime.recurrence.Ical4jRecurrenceExpander;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/** The route table: what Javalin is given equals what {@code openapi.json} documents, and no route hides another. */
class RouteTableTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "options", "head");

  private final ApiRoutes table = table();

  private static ApiRoutes table() {
    InMemoryDowntimeRepository downtimes = new InMemoryDowntimeRepository();
    InMemoryUserStore users = new InMemoryUserStore();
    DowntimeServices core = DowntimeServices.create(new DowntimeServices.Ports(downtimes, downtimes, users,
        TestCatalogues.fixed(), new Ical4jRecurrenceExpander(), Optional.empty(), downtimes, new SuncalcDarknessCalculator()), WriteAccess.STAFF);
    ObjectMapper mapper = new ObjectMapper();
    TemplateRenderer renderer = new TemplateRenderer();
    HttpAuthenticator authenticator = new HttpAuthenticator(core.authenticate(), new SessionCookies("key"));
    return new ApiRoutes(new ApiUseCases(core.create(), core.find(), core.update(), core.delete(), core.recurring(),
        core.history(), core.availability(), core.users(), TestCatalogues.fixed(), () -> true, core.changes(), core.nights(),
        new org.observatory.downtime.http.NoWebhooks()), mapper,
        new ApiResponder(mapper, renderer), authenticator, new WriteGuard(authenticator, new CsrfTokens("key")),
        renderer, "", 1024, 0);
  }

  @Test
  void registeredRoutes_areExactlyTheOpenApiOperations_inBothDirections() throws IOException {
    Set<String> registered = new TreeSet<>();
    Javalin app = Javalin.create(config -> {
      config.events.handlerAdded(added -> {
        if (added.getHttpMethod().isHttpMethod()) {
          registered.add(added.getHttpMethod().name() + " " + added.getPath());
        }
      });
      table.register(config.routes);
    });

    assertThat(app).isNotNull();
    assertThat(registered).isEqualTo(documented()).hasSize(table.routes().size());
  }

  @Test
  void everyRoute_isReachedByItsOwnPath_whateverOrderTheTableListsThemIn() throws Exception {
    List<Route> stubs = new ArrayList<>();
    for (Route route : table.routes()) {
      Handler echo = ctx -> ctx.result(route.method() + " " + route.path());
      stubs.add(new Route(route.method(), route.path(), echo));
    }
    Random random = new Random(20261129);
    for (int round = 0; round < 12; round++) {
      List<Route> shuffled = new ArrayList<>(stubs);
      if (round == 1) {
        // The order that would hide every literal route behind the parameter ones.
        Collections.reverse(shuffled);
      } else if (round > 1) {
        Collections.shuffle(shuffled, random);
      }
      String order = "round " + round;
      withServer(config -> Route.registerAll(config, shuffled), base -> {
        for (Route route : stubs) {
          String path = route.path().replace("{id}", "42");
          assertThat(answer(base, route.method(), path)).as("%s: %s %s", order, route.method(), path)
              .isEqualTo(route.method() + " " + route.path());
        }
      });
    }
  }

  @Test
  void javalin_answersWithTheFirstRegisteredMatchingRoute() throws Exception {
    // The fact Route.MATCH_ORDER exists for: given in this order, Javalin 7 hands "history" to the id route.
    withServer(config -> {
      config.get("/api/{id}/", ctx -> ctx.result("detail"));
      config.get("/api/history/", ctx -> ctx.result("history"));
    }, base -> assertThat(answer(base, HandlerType.GET, "/api/history/")).isEqualTo("detail"));
    withServer(config -> Route.registerAll(config, List.of(
        Route.get("/api/{id}/", ctx -> ctx.result("detail")),
        Route.get("/api/history/", ctx -> ctx.result("history")))),
        base -> assertThat(answer(base, HandlerType.GET, "/api/history/")).isEqualTo("history"));
  }

  private static Set<String> documented() throws IOException {
    Set<String> operations = new TreeSet<>();
    try (InputStream in = RouteTableTest.class.getResourceAsStream("/api/openapi.json")) {
      JsonNode paths = JSON.readTree(in).get("paths");
      paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
        if (METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }));
    }
    return operations;
  }

  private interface Requests {
    void send(String base) throws Exception;
  }

  private static void withServer(Consumer<io.javalin.config.RoutesConfig> routes, Requests requests) throws Exception {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = "127.0.0.1";
      config.jetty.port = 0;
      config.router.ignoreTrailingSlashes = false;
      routes.accept(config.routes);
    }).start();
    try {
      requests.send("http://127.0.0.1:" + app.port());
    } finally {
      app.stop();
    }
  }

  private static String answer(String base, HandlerType method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method.name(), HttpRequest.BodyPublishers.noBody()).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
