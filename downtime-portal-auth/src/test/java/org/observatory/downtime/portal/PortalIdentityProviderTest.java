package org.observatory.downtime.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.UserAccount;

class PortalIdentityProviderTest {

  private static final String PASSWORD = "correct horse";
  private static final String SECRET = "client-s3cret";

  private final MockWebServer portal = new MockWebServer();
  private PortalIdentityProvider provider;

  @BeforeEach
  void start() throws Exception {
    portal.start();
    OkHttpClient client = PortalSettings.withDefaultTimeouts("http://unused/", "http://unused/", "x", "")
        .httpClient().newBuilder()
        .connectTimeout(Duration.ofMillis(300)).readTimeout(Duration.ofMillis(300)).callTimeout(Duration.ofMillis(600))
        .build();
    provider = new PortalIdentityProvider(client, portal.url("/o/token/").toString(),
        portal.url("/api/profile/").toString(), "downtime", SECRET);
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  private void answer(int code, String body) {
    portal.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  @Test
  void login_staffUser_returnsTheProfileWithFlagsAndApiToken() {
    answer(200, PortalJson.TOKEN);
    answer(200, PortalJson.STAFF_PROFILE);

    UserAccount eve = provider.login("eve", PASSWORD).orElseThrow();

    assertThat(eve).isEqualTo(new UserAccount("eve", "", true, false, "eve@observatory.org", "Eve", "Ops",
        "tok-eve", UserAccount.Source.PORTAL));
  }

  @Test
  void login_sendsThePasswordGrantFormThenTheBearerToken() throws Exception {
    answer(200, PortalJson.TOKEN);
    answer(200, PortalJson.STAFF_PROFILE);

    provider.login("eve", "p&ss=word");

    RecordedRequest token = portal.takeRequest();
    assertThat(token.getMethod()).isEqualTo("POST");
    assertThat(token.getTarget()).isEqualTo("/o/token/");
    assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(token.getBody().utf8()).isEqualTo(
        "grant_type=password&username=eve&password=p%26ss%3Dword&client_id=downtime&client_secret=" + SECRET);
    RecordedRequest profile = portal.takeRequest();
    assertThat(profile.getMethod()).isEqualTo("GET");
    assertThat(profile.getTarget()).isEqualTo("/api/profile/");
    assertThat(profile.getHeaders().get("Authorization")).isEqualTo("Bearer acc-123");
  }

  @Test
  void login_wrongPassword_isEmpty() {
    answer(400, PortalJson.INVALID_GRANT);
    answer(401, "{\"detail\": \"Authentication credentials were not provided.\"}");

    assertThat(provider.login("eve", "wrong")).isEmpty();
    assertThat(provider.login("eve", "wrong")).isEmpty();
    assertThat(portal.getRequestCount()).isEqualTo(2);
  }

  @Test
  void login_portalRefusesThisServicesClient_isUnavailableNamingTheSettings() {
    answer(401, "{\"error\": \"invalid_client\"}");

    assertThatThrownBy(() -> provider.login("eve", PASSWORD))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("OAUTH_CLIENT_ID").hasMessageNotContaining(SECRET).hasMessageNotContaining(PASSWORD);
  }

  @Test
  void login_nonStaffUser_isNotStaff() {
    answer(200, PortalJson.TOKEN);
    answer(200, PortalJson.USER_PROFILE);

    UserAccount sam = provider.login("sam", PASSWORD).orElseThrow();

    assertThat(sam.user().privileged()).isFalse();
    assertThat(sam.apiToken()).isEqualTo("tok-sam");
  }

  @Test
  void login_profileWithMissingFields_usesDefaultsAndTheLoginUsername() {
    answer(200, PortalJson.TOKEN);
    answer(200, "{\"email\": null, \"tokens\": {}, \"is_staff\": true}");

    UserAccount account = provider.login("ann", PASSWORD).orElseThrow();

    assertThat(account).isEqualTo(new UserAccount("ann", "", true, false, "", "", "", "", UserAccount.Source.PORTAL));
  }

  @Test
  void login_portalTooSlow_isUnavailableWithinTheTimeout() {
    portal.enqueue(new MockResponse.Builder().body(PortalJson.TOKEN).headersDelay(10, TimeUnit.SECONDS).build());

    long started = System.nanoTime();
    assertThatThrownBy(() -> provider.login("eve", PASSWORD))
        .isInstanceOf(UnavailableException.class)
        .hasMessageStartingWith("Observation Portal unavailable: ")
        .hasMessageNotContaining(PASSWORD);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(600 + 1500));
  }

  @Test
  void login_slowProfileAfterToken_staysWithinOneBudget() {
    answer(200, PortalJson.TOKEN);
    portal.enqueue(new MockResponse.Builder().body(PortalJson.STAFF_PROFILE).headersDelay(10, TimeUnit.SECONDS).build());

    long started = System.nanoTime();
    assertThatThrownBy(() -> provider.login("eve", PASSWORD)).isInstanceOf(UnavailableException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(600 + 1500));
  }

  @Test
  void login_portalAnswers500_isUnavailableWithoutSecrets() {
    answer(500, "<h1>Server Error (500)</h1>");

    assertThatThrownBy(() -> provider.login("eve", PASSWORD))
        .isInstanceOf(UnavailableException.class)
        .hasMessage("Observation Portal unavailable: the token endpoint " + portal.url("/o/token/") + " answered HTTP 500");
  }

  @Test
  void login_tokenAnswerNotJson_isUnavailable() {
    answer(200, "<html>maintenance</html>");

    assertThatThrownBy(() -> provider.login("eve", PASSWORD))
        .isInstanceOf(UnavailableException.class).hasMessageContaining("access_token");
  }

  @Test
  void login_portalDown_isUnavailable() {
    portal.close();

    assertThatThrownBy(() -> provider.login("eve", PASSWORD))
        .isInstanceOf(UnavailableException.class)
        .hasMessageContaining("cannot reach").hasMessageNotContaining(PASSWORD).hasMessageNotContaining(SECRET);
  }

  @Test
  void lookupToken_knownToken_returnsItsProfile() throws Exception {
    answer(200, PortalJson.USER_PROFILE);

    Optional<UserAccount> sam = provider.lookupToken("tok-sam");

    assertThat(sam).map(UserAccount::username).contains("sam");
    RecordedRequest request = portal.takeRequest();
    assertThat(request.getTarget()).isEqualTo("/api/profile/");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token tok-sam");
  }

  @Test
  void lookupToken_unknownToken_isEmpty() {
    answer(401, "{\"detail\": \"Invalid token.\"}");
    answer(403, "{\"detail\": \"Forbidden.\"}");

    assertThat(provider.lookupToken("nope")).isEmpty();
    assertThat(provider.lookupToken("nope")).isEmpty();
  }

  @Test
  void lookupToken_portalFails_isUnavailableWithoutTheToken() {
    answer(502, "Bad Gateway");

    assertThatThrownBy(() -> provider.lookupToken("tok-secret"))
        .isInstanceOf(UnavailableException.class).hasMessageNotContaining("tok-secret");
  }

  @Test
  void lookupToken_profileWithoutUsername_isUnavailable() {
    answer(200, "{\"email\": \"x@y.z\"}");

    assertThatThrownBy(() -> provider.lookupToken("tok")).isInstanceOf(UnavailableException.class)
        .hasMessageContaining("without a username");
  }

  @Test
  void lookupToken_blankOrUnsendableToken_isEmptyWithoutAsking() {
    assertThat(provider.lookupToken("")).isEmpty();
    assertThat(provider.lookupToken("bad\ntoken")).isEmpty();
    assertThat(portal.getRequestCount()).isZero();
  }
}
