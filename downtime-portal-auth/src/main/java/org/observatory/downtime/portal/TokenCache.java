package org.observatory.downtime.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.UserAccount;

/** Answers of token lookups, hits and misses, each kept for a while; the oldest entry goes first when full. */
final class TokenCache {

  private record Entry(Optional<UserAccount> answer, Instant expires) {
  }

  private final Duration hitTtl;
  private final Duration missTtl;
  private final int maxEntries;
  private final LinkedHashMap<String, Entry> entries;

  TokenCache(Duration hitTtl, Duration missTtl, int maxEntries) {
    this.hitTtl = hitTtl;
    this.missTtl = missTtl;
    this.maxEntries = maxEntries;
    this.entries = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > TokenCache.this.maxEntries;
      }
    };
  }

  /** The cached answer for this key at {@code now}: empty when not cached (or expired), else the answer. */
  synchronized Optional<Optional<UserAccount>> get(String key, Instant now) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!now.isBefore(entry.expires())) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.answer());
  }

  synchronized void put(String key, Optional<UserAccount> answer, Instant now) {
    // Removing first moves a re-cached key to the young end of the eviction order.
    entries.remove(key);
    entries.put(key, new Entry(answer, now.plus(answer.isPresent() ? hitTtl : missTtl)));
  }

  synchronized void remove(String key) {
    entries.remove(key);
  }

  synchronized void clear() {
    entries.clear();
  }

  synchronized int size() {
    return entries.size();
  }
}
