package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.http.request.RequestScheme;

/**
 * The {@code next} and {@code previous} links of a list page, built as DRF's LimitOffsetPagination builds them: the
 * request's own URL with {@code limit} (the effective one) and {@code offset} replaced, parameters sorted by name.
 */
final class PageLinks {

  private final String base;
  private final Map<String, List<String>> params;

  private PageLinks(String base, Map<String, List<String>> params) {
    this.base = base;
    this.params = params;
  }

  static PageLinks of(Context ctx) {
    Map<String, List<String>> params = new TreeMap<>();
    String query = ctx.queryString();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      }
    }
    return new PageLinks(RequestScheme.origin(ctx) + ctx.path(), params);
  }

  /** {@code scheme://host[:port]/path} the links start with. */
  String base() {
    return base;
  }

  /** The request's parameters as the links repeat them (sorted by name, unknown ones included), as one string. */
  String parameters() {
    return params.toString();
  }

  /** The next page, or {@code null} past the end. */
  String next(DowntimeQuery query, long count) {
    long nextOffset = (long) query.offset() + query.limit();
    if (nextOffset >= count) {
      return null;
    }
    return url(query.limit(), nextOffset);
  }

  /** The previous page, or {@code null} on the first; without {@code offset} when it would be 0. */
  String previous(DowntimeQuery query) {
    if (query.offset() <= 0) {
      return null;
    }
    long previousOffset = (long) query.offset() - query.limit();
    return url(query.limit(), previousOffset <= 0 ? -1 : previousOffset);
  }

  private String url(int limit, long offset) {
    Map<String, List<String>> changed = new TreeMap<>(params);
    changed.put("limit", List.of(Integer.toString(limit)));
    if (offset < 0) {
      changed.remove("offset");
    } else {
      changed.put("offset", List.of(Long.toString(offset)));
    }
    StringBuilder url = new StringBuilder(base).append('?');
    boolean first = true;
    for (Map.Entry<String, List<String>> entry : changed.entrySet()) {
      for (String value : entry.getValue()) {
        url.append(first ? "" : "&").append(encode(entry.getKey())).append('=').append(encode(value));
        first = false;
      }
    }
    return url.toString();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  // Python's quote_plus: like URLEncoder except that '*' is escaped and '~' is not.
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
  }
}
