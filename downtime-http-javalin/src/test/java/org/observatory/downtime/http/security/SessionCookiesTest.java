package org.observatory.downtime.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static SessionCookies at(Instant instant, String key) {
    return new SessionCookies(key, Duration.ofHours(12), Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void value_signedWithTheKey_givesTheUsernameBack() {
    String cookie = at(NOW, "secret").value("staff.member@example.org");

    assertThat(at(NOW.plusSeconds(60), "secret").username(cookie)).hasValue("staff.member@example.org");
    assertThat(cookie).doesNotContain("staff.member");
  }

  @Test
  void username_afterExpiry_isEmpty() {
    String cookie = at(NOW, "secret").value("staff");

    assertThat(at(NOW.plus(Duration.ofHours(12)), "secret").username(cookie)).isEmpty();
  }

  @Test
  void username_anotherKeyOrATamperedValue_isEmpty() {
    String cookie = at(NOW, "secret").value("alice");
    String[] parts = cookie.split("\\.");
    String otherUser = at(NOW, "secret").value("root").split("\\.")[0];

    assertThat(at(NOW, "another").username(cookie)).isEmpty();
    assertThat(at(NOW, "secret").username(otherUser + "." + parts[1] + "." + parts[2])).isEmpty();
    assertThat(at(NOW, "secret").username(parts[0] + "." + (Long.parseLong(parts[1]) + 999) + "." + parts[2])).isEmpty();
    assertThat(at(NOW, "secret").username("garbage")).isEmpty();
    assertThat(at(NOW, "secret").username("")).isEmpty();
  }

  @Test
  void csrfToken_dependsOnTheSessionAndTheKey() {
    String alice = at(NOW, "secret").value("alice");
    String bob = at(NOW, "secret").value("bob");

    assertThat(new CsrfTokens("secret").tokenForSession(alice)).isEqualTo(new CsrfTokens("secret").tokenForSession(alice))
        .isNotEqualTo(new CsrfTokens("secret").tokenForSession(bob))
        .isNotEqualTo(new CsrfTokens("another").tokenForSession(alice));
  }
}
