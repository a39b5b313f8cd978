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
    assertThat(at(NOW, "secret").username(cookie.replaceFirst("^[^.]+", otherUser))).isEmpty();
    assertThat(at(NOW, "secret").username(parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2] + "."
        + parts[3] + "." + parts[4])).as("another generation").isEmpty();
    assertThat(at(NOW, "secret").username(parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 999) + "."
        + parts[3] + "." + parts[4])).as("a later start").isEmpty();
    assertThat(at(NOW, "secret").username(parts[0] + "." + parts[1] + "." + parts[2] + "."
        + (Long.parseLong(parts[3]) + 999) + "." + parts[4])).as("later activity").isEmpty();
    assertThat(at(NOW, "secret").username("garbage")).isEmpty();
    assertThat(at(NOW, "secret").username("")).isEmpty();
  }

  @Test
  void username_idleLongerThanTheIdleLifetime_isEmpty() {
    SessionCookies twoHoursIdle = new SessionCookies("secret", Duration.ofHours(12), Duration.ofHours(2),
        Clock.fixed(NOW, ZoneOffset.UTC));
    String cookie = twoHoursIdle.value("staff");

    SessionCookies later = new SessionCookies("secret", Duration.ofHours(12), Duration.ofHours(2),
        Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC));
    SessionCookies justBefore = new SessionCookies("secret", Duration.ofHours(12), Duration.ofHours(2),
        Clock.fixed(NOW.plus(Duration.ofHours(2)).minusSeconds(1), ZoneOffset.UTC));

    assertThat(justBefore.username(cookie)).hasValue("staff");
    assertThat(later.username(cookie)).isEmpty();
  }

  @Test
  void csrfToken_sameSessionWithLaterActivity_staysTheSame() {
    String cookie = at(NOW, "secret").value("alice");
    String[] parts = cookie.split("\\.");
    String laterActivity = parts[0] + "." + parts[1] + "." + parts[2] + "." + (Long.parseLong(parts[3]) + 600) + ".x";

    assertThat(new CsrfTokens("secret").tokenForSession(laterActivity))
        .isEqualTo(new CsrfTokens("secret").tokenForSession(cookie));
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
