package org.observatory.downtime.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.User;

class PasswordCheckCacheTest {

  private static final User STAFF = new User("staff", true, false);

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void get_sameCredentialsAndState_hitsUntilExpiry() {
    ManualClock clock = new ManualClock();
    PasswordCheckCache cache = new PasswordCheckCache(clock, Duration.ofMinutes(2), 10);
    cache.put("staff", "pass", "hash-1", STAFF);

    assertThat(cache.get("staff", "pass", "hash-1")).hasValue(STAFF);
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(cache.get("staff", "pass", "hash-1")).isEmpty();
  }

  @Test
  void get_otherPasswordOrChangedState_misses() {
    PasswordCheckCache cache = new PasswordCheckCache(new ManualClock(), Duration.ofMinutes(2), 10);
    cache.put("staff", "pass", "hash-1", STAFF);

    assertThat(cache.get("staff", "wrong", "hash-1")).isEmpty();
    assertThat(cache.get("staff", "pass", "hash-2")).isEmpty();
    assertThat(cache.get("sta", "ffpass", "hash-1")).isEmpty();
  }

  @Test
  void put_beyondTheBound_dropsTheLeastRecentlyUsed() {
    PasswordCheckCache cache = new PasswordCheckCache(new ManualClock(), Duration.ofMinutes(2), 2);
    cache.put("a", "p", "", new User("a", false, false));
    cache.put("b", "p", "", new User("b", false, false));
    cache.get("a", "p", "");
    cache.put("c", "p", "", new User("c", false, false));

    assertThat(cache.get("a", "p", "")).isPresent();
    assertThat(cache.get("b", "p", "")).isEmpty();
    assertThat(cache.get("c", "p", "")).isPresent();
  }

  @Test
  void forget_dropsEveryEntryOfThatUser() {
    PasswordCheckCache cache = new PasswordCheckCache(new ManualClock(), Duration.ofMinutes(2), 10);
    cache.put("staff", "pass", "s", STAFF);
    cache.put("staff", "other", "s", STAFF);

    cache.forget("staff");

    assertThat(cache.get("staff", "pass", "s")).isEmpty();
    assertThat(cache.get("staff", "other", "s")).isEmpty();
  }
}
