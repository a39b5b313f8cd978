package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin pages of webhooks over HTTP against the real server: staff only, CSRF on every form, no secret shown. */
class WebhookPagesTest {

  private static final String SECRET = "page-secret-never-shown-1";

  private static WebStack stack;

  @BeforeAll
  static void start() {
    stack = new WebStack();
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void webhooksPage_notLoggedIn_redirectsToLogin() throws Exception {
    HttpResponse<String> answer = new WebClient(stack).get("/admin/webhooks/");

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).hasValue("/admin/login/?next=%2Fadmin%2Fwebhooks%2F");
  }

  @Test
  void addTestPauseRemove_asStaff_workWithoutEverShowingTheSecret() throws Exception {
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.start(InetAddress.getLoopbackAddress(), 0);
      receiver.enqueue(new MockResponse.Builder().code(204).build());
      WebClient staff = new WebClient(stack);
      staff.login(WebStack.STAFF, WebStack.PASSWORD);
      String token = staff.token("/admin/webhooks/");

      HttpResponse<String> refused = staff.post("/admin/webhooks/", form(token, "ftp://nowhere/", "short"));
      HttpResponse<String> added = staff.post("/admin/webhooks/",
          form(token, receiver.url("/hook").toString(), SECRET));
      String location = added.headers().firstValue("Location").orElseThrow();
      HttpResponse<String> detail = staff.get(location);
      HttpResponse<String> tested = staff.post(location + "test/", Map.of("csrfmiddlewaretoken", token));
      HttpResponse<String> paused = staff.post(location + "active/",
          Map.of("csrfmiddlewaretoken", token, "active", "false"));
      HttpResponse<String> afterPause = staff.get(location);
      HttpResponse<String> removed = staff.post(location + "delete/", Map.of("csrfmiddlewaretoken", token));

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("id=\"error_url\"").contains("id=\"error_secret\"")
          .contains("value=\"ftp://nowhere/\"").doesNotContain("value=\"short\"");
      assertThat(added.statusCode()).isEqualTo(303);
      assertThat(location).matches("/admin/webhooks/\\d+/");
      assertThat(detail.body()).contains(receiver.url("/hook").toString()).contains("set (write-only)")
          .doesNotContain(SECRET).contains("No delivery attempted yet.");
      assertThat(tested.body()).contains("Test ping delivered: the receiver answered HTTP 204.");
      assertThat(receiver.takeRequest().getHeaders().get("X-Downtime-Event")).isEqualTo("webhook.ping");
      assertThat(paused.statusCode()).isEqualTo(303);
      assertThat(afterPause.body()).contains("<dd id=\"webhook-state\">paused</dd>");
      assertThat(removed.headers().firstValue("Location")).hasValue("/admin/webhooks/");
      assertThat(staff.get(location).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void add_withoutCsrfToken_isRefused() throws Exception {
    WebClient staff = new WebClient(stack);
    staff.login(WebStack.STAFF, WebStack.PASSWORD);

    HttpResponse<String> answer = staff.post("/admin/webhooks/", form("forged", "https://hooks.example.org/", SECRET));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(staff.get("/admin/webhooks/").body()).contains("No subscriptions yet.");
  }

  private static Map<String, String> form(String token, String url, String secret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrfmiddlewaretoken", token);
    form.put("url", url);
    form.put("secret", secret);
    form.put("site", "ogg");
    form.put("events", "downtime.created");
    form.put("active", "on");
    return form;
  }
}
