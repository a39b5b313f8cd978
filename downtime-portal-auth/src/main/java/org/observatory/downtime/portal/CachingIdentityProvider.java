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
 * Remembers which tokens another identity provider called unknown, for a while, so that a flood of requests with
 * bad tokens cannot flood the portal.
 *
 * <p>Only "unknown token" answers are kept, for {@link #DEFAULT_MISS_TTL}, at most {@link #DEFAULT_MAX_ENTRIES}
 * (Caffeine's size bound). Known tokens are not kept: the service copies a found profile locally, so the provider is
 * asked about a token again only after the portal replaced it, and a kept hit would bring the replaced token back to
 * life. Failures are not kept. Concurrent lookups of the same token share one call. Tokens are held only as SHA-256
 * digests. Logins pass straight through.
 */
public final class CachingIdentityProvider implements IdentityProvider {

  public static final Duration DEFAULT_MISS_TTL = Duration.ofMinutes(1);
  public static final int DEFAULT_MAX_ENTRIES = 10_000;

  private final IdentityProvider delegate;
  private final TokenCache cache;
  private final ConcurrentHashMap<String, CompletableFuture<Optional<UserAccount>>> inFlight =
      new ConcurrentHashMap<>();

  /** Keeps {@code delegate}'s "unknown token" answers for the default time, at most the default number. */
  public CachingIdentityProvider(IdentityProvider delegate, Clock clock) {
    this(delegate, clock, DEFAULT_MISS_TTL, DEFAULT_MAX_ENTRIES);
  }

  /** Keeps {@code delegate}'s "unknown token" answers for {@code missTtl} on {@code clock}, at most {@code maxEntries}. */
  public CachingIdentityProvider(IdentityProvider delegate, Clock clock, Duration missTtl, int maxEntries) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (missTtl.isNegative() || maxEntries < 1) {
      throw new IllegalArgumentException("missTtl must not be negative and maxEntries must be positive");
    }
    this.cache = new TokenCache(new ClockTicker(clock), missTtl, maxEntries);
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
    if (cache.isKnownUnknown(key)) {
      return Optional.empty();
    }
    CompletableFuture<Optional<UserAccount>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<UserAccount>> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    try {
      // Another thread may have finished the same lookup between our cache check and claiming the key.
      Optional<UserAccount> answer = cache.isKnownUnknown(key) ? Optional.empty() : delegate.lookupToken(apiToken);
      if (answer.isEmpty()) {
        cache.rememberUnknown(key);
      }
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

  /** How many "unknown token" answers are kept now. */
  public long cachedCount() {
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
