package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.HttpSettings;
import org.observatory.downtime.http.security.SessionCookies;

/** DESIGN §3.4 on a real port: Token, Basic, session cookie with CSRF, and the portal's push of users and tokens. */
abstract class AuthApiContract extends RealPortContract {

  static final String NOT_PROVIDED = "{\"detail\":\"Authentication credentials were not provided.\"}";
  static final String INVALID_TOKEN = "{\"detail\":\"Invalid token.\"}";
  static final String DENIED = "{\"detail\":\"You do not have permission to perform this action.\"}";

  HttpResponse<String> post(ApiClient.Call call) {
    return call.json(WriteApiContract.VALID).send();
  }

  @Test
  void anonymousWrite_isRefusedWith401() {
    HttpResponse<String> response = post(api.post("/api/"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo(NOT_PROVIDED);
  }

  @Test
  void unknownToken_isRefusedOnEveryMethodIncludingGet() {
    assertThat(api.get("/api/").token("nobody-has-this").send().body()).isEqualTo(INVALID_TOKEN);
    HttpResponse<String> response = post(api.post("/api/").token("nobody-has-this"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo(INVALID_TOKEN);
  }

  @Test
  void basic_rightPassword_writes_wrongPassword_isRefused() {
    assertThat(post(api.post("/api/").basic("staff", "staff-pass")).statusCode()).isEqualTo(201);
    // Again, now answered from the cache of successful checks.
    assertThat(post(api.post("/api/").basic("staff", "staff-pass")).statusCode()).isEqualTo(201);

    HttpResponse<String> wrong = post(api.post("/api/").basic("staff", "not-the-password"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).isEqualTo("{\"detail\":\"Invalid username/password.\"}");
  }

  @Test
  void basic_afterPasswordChange_oldPasswordStopsWorkingAtOnce() {
    stack.users().createLocalUser("carol", "first-pass".toCharArray(), true);
    assertThat(post(api.post("/api/").basic("carol", "first-pass")).statusCode()).isEqualTo(201);

    stack.users().createLocalUser("carol", "second-pass".toCharArray(), true);

    assertThat(post(api.post("/api/").basic("carol", "first-pass")).statusCode()).isEqualTo(401);
    assertThat(post(api.post("/api/").basic("carol", "second-pass")).statusCode()).isEqualTo(201);
  }

  @Test
  void session_readsAndWritesWithCsrfToken_refusedWithout() {
    String cookie = new SessionCookies(TestStack.SECRET).value("staff");
    String token = new CsrfTokens(TestStack.SECRET).tokenForSession(cookie);

    HttpResponse<String> withoutToken = post(api.post("/api/").header("Cookie", SessionCookies.COOKIE + "=" + cookie));
    HttpResponse<String> withToken = post(api.post("/api/").header("Cookie", SessionCookies.COOKIE + "=" + cookie)
        .header(CsrfTokens.HEADER, token));

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("CSRF");
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    assertThat(withToken.body()).contains("\"created_by\":\"staff\"");
  }

  @Test
  void session_forgedOrSignedWithAnotherKey_isAnonymous() {
    String foreign = new SessionCookies("another-secret").value("staff");

    HttpResponse<String> response = post(api.post("/api/").header("Cookie", SessionCookies.COOKIE + "=" + foreign));

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void push_withoutServerCredentials_401_wrongKey_403() {
    HttpResponse<String> none = api.post("/authprofile/addupdateuser/").json(profile("dave", true, "t1")).send();
    HttpResponse<String> wrong = api.post("/authprofile/addupdateuser/").header("Authorization", "Server guess")
        .json(profile("dave", true, "t1")).send();

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(api.get("/api/").token("t1").send().statusCode()).isEqualTo(401);
  }

  @Test
  void push_upsertsUser_tokenWorksAtOnce_replacedTokenStopsAtOnce() {
    HttpResponse<String> pushed = push(profile("erin", true, "erin-first-token"), "text/plain");
    assertThat(pushed.statusCode()).isEqualTo(200);
    assertThat(pushed.body()).isEqualTo("{\"message\":\"User account updated\"}");
    assertThat(post(api.post("/api/").token("erin-first-token")).statusCode()).isEqualTo(201);

    assertThat(push(profile("erin", true, "erin-second-token"), null).statusCode()).isEqualTo(200);

    assertThat(post(api.post("/api/").token("erin-first-token")).body()).isEqualTo(INVALID_TOKEN);
    assertThat(post(api.post("/api/").token("erin-second-token")).statusCode()).isEqualTo(201);
  }

  @Test
  void push_nonStaffProfile_mayReadButNotWrite() {
    push(profile("frank", false, "frank-token"), "application/json");

    assertThat(api.get("/api/").token("frank-token").send().statusCode()).isEqualTo(200);
    assertThat(post(api.post("/api/").token("frank-token")).body()).isEqualTo(DENIED);
  }

  @Test
  void push_malformedBody_400() {
    HttpResponse<String> response = push("{not json", "application/json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"detail\":\"JSON parse error - ");
  }

  @Test
  void push_withEmptyServerKey_refusesEverything() {
    try (TestStack closed = TestStack.start(newDatabase(), HttpSettings.forTests(TestStack.SECRET))) {
      ApiClient client = new ApiClient(closed.baseUrl());
      HttpResponse<String> empty = client.post("/authprofile/addupdateuser/").header("Authorization", "Server anything")
          .json(profile("gina", true, "gina-token")).send();
      assertThat(empty.statusCode()).isEqualTo(403);
      assertThat(client.get("/api/").token("gina-token").send().statusCode()).isEqualTo(401);
    }
  }

  @Test
  void portalUnreachable_credentialsThatOnlyItCouldCheck_are503_localOnesStillWork() {
    try (TestStack withPortal = TestStack.start(newDatabase(), new UnreachablePortal())) {
      ApiClient client = new ApiClient(withPortal.baseUrl());
      HttpResponse<String> basic = client.get("/api/").basic("portal-user", "secret").send();
      HttpResponse<String> token = client.post("/api/").token("portal-token").json(WriteApiContract.VALID).send();

      assertThat(basic.statusCode()).isEqualTo(503);
      assertThat(basic.body()).isEqualTo("{\"detail\":\"The Observation Portal did not answer within 3 s.\"}");
      assertThat(token.statusCode()).isEqualTo(503);
      assertThat(post(client.post("/api/").as("staff")).statusCode()).isEqualTo(201);
    }
  }

  HttpResponse<String> push(String body, String contentType) {
    return api.post("/authprofile/addupdateuser/").header("Authorization", "Server " + TestStack.SERVER_KEY)
        .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType).send();
  }

  static String profile(String username, boolean staff, String token) {
    return "{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.org\",\"first_name\":\"F\","
        + "\"last_name\":\"L\",\"is_staff\":" + staff + ",\"is_superuser\":false,"
        + "\"tokens\":{\"api_token\":\"" + token + "\"},\"profile\":{\"staff_view\":" + staff + "}}";
  }
}
