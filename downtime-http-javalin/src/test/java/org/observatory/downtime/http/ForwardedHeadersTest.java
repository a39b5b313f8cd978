package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.http.request.TrustedProxies;

/** {@code X-Forwarded-Proto} counts only from a proxy the operator lists ({@code TRUSTED_PROXIES}), never by default. */
class ForwardedHeadersTest {

  private static String next(TestServer server) {
    server.seed(Drafts.aDraft());
    server.seed(Drafts.aDraft());
    HttpResponse<String> page = server.send("GET", "/api/?limit=1", null, "X-Forwarded-Proto", "https",
        "X-Forwarded-For", "203.0.113.9");
    return TestServer.json(page).get("next").asText();
  }

  @Test
  void forwardedProto_fromAnUnlistedPeer_isIgnored() {
    try (TestServer server = TestServer.start()) {
      assertThat(next(server)).startsWith("http://127.0.0.1:");
    }
  }

  @Test
  void forwardedProto_fromAListedProxy_makesLinksHttps() {
    HttpSettings settings = HttpSettings.forTests(TestServer.SECRET)
        .withTrustedProxies(TrustedProxies.parse("10.0.0.0/8, 127.0.0.1"));
    try (TestServer server = TestServer.start(settings)) {
      assertThat(next(server)).startsWith("https://127.0.0.1:");
    }
  }

  @Test
  void forwardedProto_fromAProxyInAnotherRange_isIgnored() {
    HttpSettings settings = HttpSettings.forTests(TestServer.SECRET)
        .withTrustedProxies(TrustedProxies.parse("10.0.0.0/8, ::2"));
    try (TestServer server = TestServer.start(settings)) {
      assertThat(next(server)).startsWith("http://127.0.0.1:");
    }
  }
}
