package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SESSION_MAX_HOURS} and {@code SESSION_IDLE_HOURS}: read, checked, and given to the served sessions. */
class SessionConfigTest {

  @TempDir
  Path dir;

  @Test
  void sessionLifetimes_unset_are12HoursAnd2HoursIdle() {
    AppConfig config = AppConfig.fromEnvironment(Map.of());

    assertThat(config.sessionMaxAge()).isEqualTo(Duration.ofHours(12));
    assertThat(config.sessionIdle()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void sessionLifetimes_zeroOrNotANumber_areRefusedNamingTheVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SESSION_MAX_HOURS", "0")))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("SESSION_MAX_HOURS: 0 is out of range");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SESSION_IDLE_HOURS", "soon")))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("SESSION_IDLE_HOURS: \"soon\" is not a whole number");
  }

  @Test
  void serve_withSessionMaxHours_loginCookieLastsThatLong() throws Exception {
    MainRunner main = new MainRunner(Map.of("DB_NAME", dir.resolve("db.sqlite3").toString(), "PORT", "0",
        "SECRET_KEY", "session-config-test-secret", "SESSION_MAX_HOURS", "3", "SESSION_IDLE_HOURS", "1"));
    main.runWithInput("pa55word\n", "create-user", "admin", "--staff", "--password-stdin");

    MainRunner.Serving serving = main.serve();
    HttpResponse<String> login;
    try {
      login = login(serving.baseUrl(), "admin", "pa55word");
    } finally {
      serving.stop();
    }

    assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
        assertThat(cookie).startsWith("downtime_session=").containsIgnoringCase("Max-Age=10800"));
  }

  private static HttpResponse<String> login(String baseUrl, String username, String password) throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "admin/login/")).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(token.find()).isTrue();
    String csrfCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("downtime_csrf="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    String body = "csrfmiddlewaretoken=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username="
        + username + "&password=" + password + "&next=%2Fadmin%2F";
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "admin/login/")).header("Cookie", csrfCookie)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
