package org.observatory.downtime.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * The tokens the portal recently called unknown (by digest), each kept for a while, at most a bounded number.
 *
 * <p>Only "unknown" answers are kept: a kept "known" answer would bring back to life a token the portal has just
 * replaced. Thread-safe.
 */
final class TokenCache {

  private final Cache<String, Boolean> unknown;

  TokenCache(Ticker ticker, Duration missTtl, int maxEntries) {
    this.unknown = Caffeine.newBuilder()
        .ticker(ticker)
        .expireAfterWrite(missTtl)
        .maximumSize(maxEntries)
        // Upkeep on the calling thread: the bound holds as soon as a put returns, and no pool thread is borrowed.
        .executor(Runnable::run)
        .build();
  }

  /** Whether the portal called the token of this digest unknown within the last miss lifetime. */
  boolean isKnownUnknown(String key) {
    return unknown.getIfPresent(key) != null;
  }

  void rememberUnknown(String key) {
    unknown.put(key, Boolean.TRUE);
  }

  void remove(String key) {
    unknown.invalidate(key);
  }

  void clear() {
    unknown.invalidateAll();
  }

  /** How many answers are kept now, after expired and surplus entries were dropped. */
  long size() {
    unknown.cleanUp();
    return unknown.estimatedSize();
  }
}
