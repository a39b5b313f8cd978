package org.observatory.downtime.core.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.observatory.downtime.core.model.LoginLimits;
import org.observatory.downtime.core.model.LoginThrottleCounts;
import org.observatory.downtime.core.model.TooManyAttemptsException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.out.LoginFailures;

/**
 * Counts failed password checks per username and per client address in a sliding window, and refuses further
 * attempts past the limits before any password hash is computed.
 *
 * <p>The counts live in {@link LoginFailures} (shared by instances); a key found over its limit is also remembered
 * here until its oldest failure leaves the window, so a flood of refused attempts computes no hash and writes nothing.
 * Local password hashes run at most {@link #PARALLEL_HASHES} at a time, so guessing cannot take every core.
 */
final class LoginThrottle {

  /** PBKDF2 checks run at once: half the cores, at least one. */
  static final int PARALLEL_HASHES = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  private static final int MAX_REMEMBERED = 10_000;

  private final LoginFailures failures;
  private final LoginLimits limits;
  private final Clock clock;
  private final Semaphore hashing = new Semaphore(PARALLEL_HASHES, true);
  private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();
  private final LongAdder failed = new LongAdder();
  private final LongAdder refused = new LongAdder();

  LoginThrottle(LoginFailures failures, LoginLimits limits, Clock clock) {
    this.failures = Objects.requireNonNull(failures, "failures");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs a password check unless a limit is reached, and counts it when it fails (returns empty).
   *
   * @param address the client address, or {@code ""} when there is none (the command line): then only the
   *                username is counted
   * @param hashes  whether the check computes a local password hash: such checks run at most
   *                {@link #PARALLEL_HASHES} at once, and the limits are read again once one may run, so attempts that
   *                waited while others failed compute no hash either
   * @throws TooManyAttemptsException when a limit is reached; the check is not run
   */
  Optional<User> check(String username, String address, boolean hashes, Supplier<Optional<User>> passwordCheck) {
    String userKey = "user:" + username;
    String addressKey = address.isEmpty() ? "" : "address:" + address;
    refuseIfLocked(userKey, addressKey);
    if (!hashes) {
      return counted(userKey, addressKey, passwordCheck);
    }
    hashing.acquireUninterruptibly();
    try {
      return counted(userKey, addressKey, passwordCheck);
    } finally {
      hashing.release();
    }
  }

  private Optional<User> counted(String userKey, String addressKey, Supplier<Optional<User>> passwordCheck) {
    refuseIfOverLimit(userKey, addressKey);
    Optional<User> user = passwordCheck.get();
    if (user.isEmpty()) {
      Instant now = clock.instant();
      Instant forget = now.minus(limits.window());
      failures.record(userKey, now, forget);
      if (!addressKey.isEmpty()) {
        failures.record(addressKey, now, forget);
      }
      failed.increment();
    }
    return user;
  }

  LoginThrottleCounts counts() {
    return new LoginThrottleCounts(failed.sum(), refused.sum());
  }

  private void refuseIfLocked(String... keys) {
    Instant now = clock.instant();
    for (String key : keys) {
      Instant until = key.isEmpty() ? null : lockedUntil.get(key);
      if (until != null) {
        if (until.isAfter(now)) {
          refused.increment();
          throw new TooManyAttemptsException(Duration.between(now, until));
        }
        lockedUntil.remove(key, until);
      }
    }
  }

  private void refuseIfOverLimit(String userKey, String addressKey) {
    Instant now = clock.instant();
    Instant since = now.minus(limits.window());
    refuseIfOver(userKey, failures.since(userKey, since), limits.perUsername(), now);
    if (!addressKey.isEmpty()) {
      refuseIfOver(addressKey, failures.since(addressKey, since), limits.perAddress(), now);
    }
  }

  private void refuseIfOver(String key, List<Instant> recent, int limit, Instant now) {
    if (recent.size() < limit) {
      return;
    }
    // Attempts succeed again once enough failures have left the window to bring the count under the limit.
    Instant until = recent.get(recent.size() - limit).plus(limits.window());
    if (lockedUntil.size() >= MAX_REMEMBERED) {
      lockedUntil.clear();
    }
    lockedUntil.put(key, until);
    refused.increment();
    throw new TooManyAttemptsException(Duration.between(now, until));
  }
}
