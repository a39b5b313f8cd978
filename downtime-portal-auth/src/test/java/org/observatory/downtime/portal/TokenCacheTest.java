package org.observatory.downtime.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

  /** Caffeine's time source, moved by hand. */
  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private final TokenCache cache = new TokenCache(ticker, Duration.ofMinutes(1), 3);

  @Test
  void isKnownUnknown_rememberedToken_holdsForTheMissLifetimeOnly() {
    cache.rememberUnknown("digest-a");

    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(cache.isKnownUnknown("digest-a")).isTrue();
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(cache.isKnownUnknown("digest-a")).isFalse();
    assertThat(cache.size()).isZero();
  }

  @Test
  void rememberUnknown_beyondTheBound_keepsAtMostTheBound() {
    for (int i = 0; i < 20; i++) {
      cache.rememberUnknown("digest-" + i);
    }

    assertThat(cache.size()).isEqualTo(3);
  }

  @Test
  void remove_forgetsThatToken() {
    cache.rememberUnknown("digest-a");
    cache.rememberUnknown("digest-b");

    cache.remove("digest-a");

    assertThat(cache.isKnownUnknown("digest-a")).isFalse();
    assertThat(cache.isKnownUnknown("digest-b")).isTrue();
  }
}
