package org.observatory.downtime.http.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Writes query strings for page links, keeping the filters a person chose. */
final class QueryStrings {

  private QueryStrings() {
  }

  /** {@code path?k=v&...} with every non-empty value except the {@code dropped} parameters, then {@code extra}. */
  static String link(String path, Map<String, List<String>> params, Set<String> dropped, String extra) {
    StringJoiner query = new StringJoiner("&");
    params.forEach((name, values) -> {
      if (!dropped.contains(name)) {
        values.stream().filter(value -> !value.isEmpty())
            .forEach(value -> query.add(encode(name) + "=" + encode(value)));
      }
    });
    if (!extra.isEmpty()) {
      query.add(extra);
    }
    String text = query.toString();
    return text.isEmpty() ? path : path + "?" + text;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
