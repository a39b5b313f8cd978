package org.observatory.downtime.app.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client (cookies kept, redirects not followed) for the page tests that need no real browser. */
final class WebClient {

  private static final Pattern TOKEN = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"");

  private final WebStack stack;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  WebClient(WebStack stack) {
    this.stack = stack;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(stack.url(path))).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(stack.url(path))).header("Accept", "application/json").GET()
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create(stack.url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The CSRF token of the first form on a page. */
  String token(String path) throws IOException, InterruptedException {
    Matcher matcher = TOKEN.matcher(get(path).body());
    if (!matcher.find()) {
      throw new AssertionError("no CSRF token on " + path);
    }
    return matcher.group(1);
  }

  HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrfmiddlewaretoken", token("/admin/login/"));
    form.put("username", username);
    form.put("password", password);
    form.put("next", "/admin/");
    return post("/admin/login/", form);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
