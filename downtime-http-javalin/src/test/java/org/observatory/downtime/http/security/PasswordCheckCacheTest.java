package org.observatory.downtime.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.User;

class PasswordCheckCacheTest {

  private static final User STAFF = new User("staff", true, false);

  /** Caffeine's time source, moved by hand. */
  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Test
  void get_sameCredentialsAndState_hitsUntilExpiry() {
    PasswordCheckCache cache = new PasswordCheckCache(ticker, Duration.ofMinutes(2), 10);
    cache.put("staff", "pass", "hash-1", STAFF);

    advance(Duration.ofSeconds(119));
    assertThat(cache.get("staff", "pass", "hash-1")).hasValue(STAFF);
    advance(Duration.ofSeconds(1));
    assertThat(cache.get("staff", "pass", "hash-1")).isEmpty();
  }

  @Test
  void get_otherPasswordOrChangedState_misses() {
    PasswordCheckCache cache = new PasswordCheckCache(ticker, Duration.ofMinutes(2), 10);
    cache.put("staff", "pass", "hash-1", STAFF);

    assertThat(cache.get("staff", "wrong", "hash-1")).isEmpty();
    assertThat(cache.get("staff", "pass", "hash-2")).isEmpty();
    assertThat(cache.get("sta", "ffpass", "hash-1")).isEmpty();
  }

  @Test
  void put_manyUsersBeyondTheBound_keepsAtMostTheBound() {
    PasswordCheckCache cache = new PasswordCheckCache(ticker, Duration.ofMinutes(2), 2);
    for (int i = 0; i < 50; i++) {
      cache.put("user-" + i, "p", "", new User("user-" + i, false, false));
    }

    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void forget_dropsEveryEntryOfThatUser() {
    PasswordCheckCache cache = new PasswordCheckCache(ticker, Duration.ofMinutes(2), 10);
    cache.put("staff", "pass", "s", STAFF);
    cache.put("staff", "other", "s", STAFF);
    cache.put("sam", "pass", "s", new User("sam", false, false));

    cache.forget("staff");

    assertThat(cache.get("staff", "pass", "s")).isEmpty();
    assertThat(cache.get("staff", "other", "s")).isEmpty();
    assertThat(cache.get("sam", "pass", "s")).isPresent();
  }
}
