package org.observatory.downtime.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs in through the admin login form as a browser would (CSRF cookie and token first) and returns the session. */
final class AdminLogin {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"");

  private AdminLogin() {
  }

  /** The {@code name=value} of the session cookie set by a successful login. */
  static String sessionCookie(Http http, String username, String password) {
    HttpResponse<String> login = attempt(http, username, password);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
    return cookie(login, "downtime_session");
  }

  /** The answer to posting the login form with these credentials, whatever it is. */
  static HttpResponse<String> attempt(Http http, String username, String password) {
    HttpResponse<String> form = http.get("/admin/login/");
    assertThat(form.statusCode()).isEqualTo(200);
    Matcher token = CSRF_FIELD.matcher(form.body());
    assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
    String csrfCookie = cookie(form, "downtime_csrf");
    String body = "csrfmiddlewaretoken=" + encode(token.group(1)) + "&username=" + encode(username) + "&password="
        + encode(password) + "&next=%2Fadmin%2F";
    return http.send("POST", "/admin/login/", body.getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/x-www-form-urlencoded", "Cookie", csrfCookie);
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith(name + "="))
        .map(header -> header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
