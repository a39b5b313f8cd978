package org.observatory.downtime.http.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.observatory.downtime.core.model.User;

/**
 * Remembers successful password checks for a short time so HTTP Basic does not cost a PBKDF2 run per request.
 *
 * <p>Entries are keyed by a SHA-256 digest of username, password and the stored credential state (which changes
 * with the password hash and the user's flags), so the password itself is never kept and a changed password or
 * flag misses the cache at once. Size and lifetime are bounded (Caffeine). Thread-safe.
 */
final class PasswordCheckCache {

  static final Duration DEFAULT_TTL = Duration.ofMinutes(2);
  static final int DEFAULT_SIZE = 1024;

  private final Cache<String, User> entries;

  PasswordCheckCache(Ticker ticker, Duration ttl, int maxSize) {
    this.entries = Caffeine.newBuilder()
        .ticker(ticker)
        .expireAfterWrite(ttl)
        .maximumSize(maxSize)
        // Upkeep on the calling thread: the bound holds as soon as put returns, and no pool thread is borrowed.
        .executor(Runnable::run)
        .build();
  }

  PasswordCheckCache() {
    this(Ticker.systemTicker(), DEFAULT_TTL, DEFAULT_SIZE);
  }

  Optional<User> get(String username, String password, String credentialState) {
    return Optional.ofNullable(entries.getIfPresent(key(username, password, credentialState)));
  }

  void put(String username, String password, String credentialState, User user) {
    entries.put(key(username, password, credentialState), user);
  }

  /** Drops every entry of this user, e.g. when the portal pushed a new profile. */
  void forget(String username) {
    entries.asMap().values().removeIf(user -> user.username().equals(username));
  }

  /** How many checks are remembered now, after expired and surplus entries were dropped. */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  private static String key(String username, String password, String credentialState) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {username, password, credentialState}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        // Length-prefixed so that ("ab","c") and ("a","bc") never collide.
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(bytes);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
