package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.query.DowntimeQuery;

/** Login, CSRF and escaping of the web pages over plain HTTP against the real server. */
class WebSecurityTest {

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
  void adminList_notLoggedIn_redirectsToLogin() throws Exception {
    HttpResponse<String> answer = new WebClient(stack).get("/admin/?site=ogg");

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).hasValue("/admin/login/?next=%2Fadmin%2F%3Fsite%3Dogg");
  }

  @Test
  void login_wrongPassword_saysSo() throws Exception {
    HttpResponse<String> answer = new WebClient(stack).login(WebStack.STAFF, "wrong");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("Please enter the correct username and password for a staff account");
    assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("downtime_session=ey"));
  }

  @Test
  void login_pastTheFailedLoginLimitOfAUsername_is429WithRetryAfter() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(new WebClient(stack).login("guessed-account", "guess " + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> answer = new WebClient(stack).login("guessed-account", "guess 11");

    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 300L));
    assertThat(answer.body()).contains("Too many failed logins");
    assertThat(new WebClient(stack).login(WebStack.STAFF, WebStack.PASSWORD).statusCode())
        .as("another account from the same address").isEqualTo(303);
  }

  @Test
  void login_nonStaffUser_isTurnedAwayWithAClearMessage() throws Exception {
    WebClient visitor = new WebClient(stack);
    HttpResponse<String> answer = visitor.login(WebStack.VISITOR, WebStack.PASSWORD);

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("not a staff account");
    assertThat(visitor.get("/admin/").statusCode()).isEqualTo(302);
  }

  @Test
  void login_staff_setsHttpOnlyLaxSessionCookie() throws Exception {
    HttpResponse<String> answer = new WebClient(stack).login(WebStack.STAFF, WebStack.PASSWORD);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).hasValue("/admin/");
    String cookie = answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("downtime_session=")).findFirst().orElseThrow();
    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
        .doesNotContainIgnoringCase("Secure");
  }

  @Test
  void login_withoutCsrfToken_isRefused() throws Exception {
    WebClient client = new WebClient(stack);
    client.get("/admin/login/");

    HttpResponse<String> answer = client.post("/admin/login/",
        Map.of("username", WebStack.STAFF, "password", WebStack.PASSWORD));

    assertThat(answer.statusCode()).isEqualTo(403);
  }

  @Test
  void forgedPost_withoutOrWithWrongCsrfToken_isRefusedAndChangesNothing() throws Exception {
    WebClient client = new WebClient(stack);
    client.login(WebStack.STAFF, WebStack.PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("start", "2030-01-01T10:00");
    form.put("end", "2030-01-01T12:00");
    form.put("site", "ogg");
    form.put("enclosure", "clma");
    form.put("telescope", "2m0a");
    form.put("reason", "forged");

    HttpResponse<String> without = client.post("/admin/add/", form);
    form.put("csrfmiddlewaretoken", "not-the-token");
    HttpResponse<String> wrong = client.post("/admin/add/", form);

    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(stack.services.find().list(DowntimeQuery.builder().reasonExact("forged").build()).count()).isZero();
  }

  @Test
  void addForm_withToken_savesAsTheLoggedInUser() throws Exception {
    WebClient client = new WebClient(stack);
    client.login(WebStack.STAFF, WebStack.PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrfmiddlewaretoken", client.token("/admin/add/"));
    form.put("start", "2030-02-01T10:00");
    form.put("end", "2030-02-01T12:00:30");
    form.put("site", "ogg");
    form.put("enclosure", "clma");
    form.put("telescope", "2m0a");
    form.put("instrument_type", "");
    form.put("reason", "saved over http");

    HttpResponse<String> answer = client.post("/admin/add/", form);

    assertThat(answer.statusCode()).isEqualTo(303);
    var saved = stack.services.find().list(DowntimeQuery.builder().reasonExact("saved over http").build()).results();
    assertThat(saved).singleElement().satisfies(d -> {
      assertThat(d.createdBy()).isEqualTo(WebStack.STAFF);
      assertThat(d.end()).isEqualTo(Instant.parse("2030-02-01T12:00:30Z"));
    });
  }

  @Test
  void publicPage_hostileReason_isShownAsText() throws Exception {
    Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    stack.services.create().create(DowntimeInput.of(new DowntimeDraft(start, start.plus(Duration.ofHours(2)), "coj", "doma", "1m0a",
        "", "<script>alert(1)</script>", "", null)), stack.staff);

    String page = new WebClient(stack).get("/").body();

    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
  }

  @Test
  void publicPage_badFilter_showsTheParsersMessageNextToTheField() throws Exception {
    HttpResponse<String> answer = new WebClient(stack).get("/?starts_after=yesterday&site=nop");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("Enter a valid date/time.")
        .contains("Select a valid choice. nop is not one of the available choices.")
        .contains("value=\"yesterday\"");
  }

  @Test
  void staticAssets_areServedByTheAppItself() throws Exception {
    WebClient client = new WebClient(stack);

    for (String path : List.of("/static/downtime.css", "/static/admin.js")) {
      assertThat(client.get(path).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(client.get("/").body()).doesNotContain("https://").doesNotContain("http://");
  }
}
