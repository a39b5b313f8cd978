package org.observatory.downtime.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.IdentityProvider;

/**
 * Remembers token lookups of another identity provider for a while, unknown tokens included, so that a flood of
 * requests with bad tokens cannot flood the portal.
 *
 * <p>Hits are kept for {@link #DEFAULT_HIT_TTL}, misses for {@link #DEFAULT_MISS_TTL}, at most
 * {@link #DEFAULT_MAX_ENTRIES} (oldest evicted first). Failures are not kept. Concurrent lookups of the same token
 * share one call. Tokens are held only as SHA-256 digests. Logins pass straight through.
 */
public final class CachingIdentityProvider implements IdentityProvider {

  public static final Duration DEFAULT_HIT_TTL = Duration.ofMinutes(5);
  public static final Duration DEFAULT_MISS_TTL = Duration.ofMinutes(1);
  public static final int DEFAULT_MAX_ENTRIES = 10_000;

  private final IdentityProvider delegate;
  private final Clock clock;
  private final TokenCache cache;
  private final ConcurrentHashMap<String, CompletableFuture<Optional<UserAccount>>> inFlight =
      new ConcurrentHashMap<>();

  /** Caches {@code delegate}'s token lookups with the default times and size. */
  public CachingIdentityProvider(IdentityProvider delegate, Clock clock) {
    this(delegate, clock, DEFAULT_HIT_TTL, DEFAULT_MISS_TTL, DEFAULT_MAX_ENTRIES);
  }

  /** Caches {@code delegate}'s token lookups: hits for {@code hitTtl}, misses for {@code missTtl}, at most {@code maxEntries}. */
  public CachingIdentityProvider(IdentityProvider delegate, Clock clock, Duration hitTtl, Duration missTtl,
      int maxEntries) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (hitTtl.isNegative() || missTtl.isNegative() || maxEntries < 1) {
      throw new IllegalArgumentException("hitTtl and missTtl must not be negative and maxEntries must be positive");
    }
    this.cache = new TokenCache(hitTtl, missTtl, maxEntries);
  }

  @Override
  public Optional<UserAccount> login(String username, String password) {
    return delegate.login(username, password);
  }

  @Override
  public Optional<UserAccount> lookupToken(String apiToken) {
    if (apiToken == null || apiToken.isBlank()) {
      return Optional.empty();
    }
    String key = digest(apiToken);
    Optional<Optional<UserAccount>> cached = cache.get(key, clock.instant());
    if (cached.isPresent()) {
      return cached.get();
    }
    CompletableFuture<Optional<UserAccount>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<UserAccount>> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    try {
      // Another thread may have finished the same lookup between our cache check and claiming the key.
      Optional<UserAccount> answer = cache.get(key, clock.instant()).orElseGet(() -> {
        Optional<UserAccount> fresh = delegate.lookupToken(apiToken);
        cache.put(key, fresh, clock.instant());
        return fresh;
      });
      mine.complete(answer);
      return answer;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  /** Forgets what is known about this token, e.g. after it was replaced, so the next lookup asks again. */
  public void forget(String apiToken) {
    if (apiToken != null) {
      cache.remove(digest(apiToken));
    }
  }

  /** Forgets every cached lookup. */
  public void clear() {
    cache.clear();
  }

  /** How many token answers are cached now (expired ones may still count until looked at). */
  public int cachedCount() {
    return cache.size();
  }

  private static Optional<UserAccount> await(CompletableFuture<Optional<UserAccount>> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static String digest(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
