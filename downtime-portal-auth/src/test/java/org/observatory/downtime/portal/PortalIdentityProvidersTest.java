package org.observatory.downtime.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.model.UserAccount;

class PortalIdentityProvidersTest {

  private final MockWebServer portal = new MockWebServer();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
  private CachingIdentityProvider provider;

  @BeforeEach
  void start() throws Exception {
    portal.start();
    provider = PortalIdentityProviders.create(PortalSettings.withDefaultTimeouts(portal.url("/o/token/").toString(),
        portal.url("/api/profile/").toString(), "downtime", "s3cret"), clock);
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  @Test
  void lookupToken_unknownToken_isAskedOnceThenAnsweredFromTheCache() {
    portal.enqueue(new MockResponse.Builder().code(401).body("{\"detail\": \"Invalid token.\"}").build());

    assertThat(provider.lookupToken("bad")).isEmpty();
    assertThat(provider.lookupToken("bad")).isEmpty();

    assertThat(portal.getRequestCount()).isEqualTo(1);
  }

  @Test
  void lookupToken_knownToken_isAskedAgainEveryTime_soAReplacedTokenDiesAtOnce() {
    portal.enqueue(new MockResponse.Builder().body(PortalJson.USER_PROFILE).build());
    portal.enqueue(new MockResponse.Builder().code(401).body("{\"detail\": \"Invalid token.\"}").build());

    assertThat(provider.lookupToken("tok-sam")).map(UserAccount::username).contains("sam");
    assertThat(provider.lookupToken("tok-sam")).isEmpty();

    assertThat(portal.getRequestCount()).isEqualTo(2);
  }
}
