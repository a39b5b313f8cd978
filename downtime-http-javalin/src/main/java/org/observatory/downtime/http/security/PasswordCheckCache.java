package org.observatory.downtime.http.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.User;

/**
 * Remembers successful password checks for a short time so HTTP Basic does not cost a PBKDF2 run per request.
 *
 * <p>Entries are keyed by a SHA-256 digest of username, password and the stored credential state (which changes
 * with the password hash and the user's flags), so the password itself is never kept and a changed password or
 * flag misses the cache at once. Size and lifetime are bounded. Thread-safe.
 */
final class PasswordCheckCache {

  static final Duration DEFAULT_TTL = Duration.ofMinutes(2);
  static final int DEFAULT_SIZE = 1024;

  private record Entry(User user, Instant expires) {
  }

  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Entry> entries;

  PasswordCheckCache(Clock clock, Duration ttl, int maxSize) {
    this.clock = clock;
    this.ttl = ttl;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > maxSize;
      }
    };
  }

  PasswordCheckCache() {
    this(Clock.systemUTC(), DEFAULT_TTL, DEFAULT_SIZE);
  }

  synchronized Optional<User> get(String username, String password, String credentialState) {
    String key = key(username, password, credentialState);
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.expires().isAfter(clock.instant())) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.user());
  }

  synchronized void put(String username, String password, String credentialState, User user) {
    entries.put(key(username, password, credentialState), new Entry(user, clock.instant().plus(ttl)));
  }

  /** Drops every entry of this user, e.g. when the portal pushed a new profile. */
  synchronized void forget(String username) {
    entries.values().removeIf(entry -> entry.user().username().equals(username));
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
