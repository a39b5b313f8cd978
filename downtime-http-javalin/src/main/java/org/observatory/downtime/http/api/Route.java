package org.observatory.downtime.http.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One line of a route table: a method, a path template ({@code /api/{id}/}) and the handler that answers it.
 *
 * @param method  the HTTP method
 * @param path    the path template; {@code {name}} segments are path parameters
 * @param handler the handler
 */
public record Route(HandlerType method, String path, Handler handler) {

  /**
   * The order routes are handed to Javalin in. Javalin 7 answers a request with the first registered route of its
   * method whose template matches, and a parameter matches any segment ({@code /api/{id}/} matches
   * {@code /api/history/}). Registered in this order, a literal segment wins over a parameter at the same place,
   * so which route answers depends on the paths alone, never on the order a table lists them in.
   */
  public static final Comparator<Route> MATCH_ORDER = Comparator.comparing(Route::path, Route::comparePaths);

  public Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
  }

  /** Hands routes to Javalin in {@link #MATCH_ORDER}, whatever order they are given in. */
  public static void registerAll(RoutesConfig config, Collection<Route> routes) {
    routes.stream().sorted(MATCH_ORDER)
        .forEach(route -> config.addEndpoint(new Endpoint(route.method(), route.path(), route.handler())));
  }

  static Route get(String path, Handler handler) {
    return new Route(HandlerType.GET, path, handler);
  }

  static Route post(String path, Handler handler) {
    return new Route(HandlerType.POST, path, handler);
  }

  static Route put(String path, Handler handler) {
    return new Route(HandlerType.PUT, path, handler);
  }

  static Route patch(String path, Handler handler) {
    return new Route(HandlerType.PATCH, path, handler);
  }

  static Route delete(String path, Handler handler) {
    return new Route(HandlerType.DELETE, path, handler);
  }

  static Route options(String path, Handler handler) {
    return new Route(HandlerType.OPTIONS, path, handler);
  }

  // Segment by segment, a literal before a parameter; then fewer segments first (such paths never compete). Paths
  // with the same kinds of segments keep the table's order among themselves: no request matches two of them.
  private static int comparePaths(String a, String b) {
    List<String> left = List.of(a.split("/", -1));
    List<String> right = List.of(b.split("/", -1));
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int order = Boolean.compare(parameter(left.get(i)), parameter(right.get(i)));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static boolean parameter(String segment) {
    return segment.startsWith("{") || segment.startsWith("<");
  }
}
