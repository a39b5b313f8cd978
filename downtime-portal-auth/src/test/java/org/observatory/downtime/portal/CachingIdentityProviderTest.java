package org.observatory.downtime.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.observatory.downtime.portal.CountingIdentityProvider.portalUser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.UserAccount;

class CachingIdentityProviderTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final CountingIdentityProvider portal = new CountingIdentityProvider(Map.of("tok-sam", portalUser("sam", "tok-sam")));
  private final CachingIdentityProvider cached = new CachingIdentityProvider(portal, clock);

  @Test
  void lookupToken_unknownTokenTwice_asksThePortalOnce() {
    assertThat(cached.lookupToken("bad")).isEmpty();
    assertThat(cached.lookupToken("bad")).isEmpty();

    assertThat(portal.lookups).hasValue(1);
  }

  @Test
  void lookupToken_unknownToken_isAskedAgainAfterAMinute() {
    cached.lookupToken("bad");
    clock.advance(Duration.ofSeconds(59));
    cached.lookupToken("bad");
    assertThat(portal.lookups).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    cached.lookupToken("bad");
    assertThat(portal.lookups).hasValue(2);
  }

  @Test
  void lookupToken_knownToken_isAskedEveryTime() {
    Optional<UserAccount> first = cached.lookupToken("tok-sam");
    Optional<UserAccount> second = cached.lookupToken("tok-sam");

    assertThat(first).map(UserAccount::username).contains("sam");
    assertThat(second).isEqualTo(first);
    assertThat(portal.lookups).hasValue(2);
    assertThat(cached.cachedCount()).isZero();
  }

  @Test
  void lookupToken_portalDown_isNotCached() {
    portal.down = true;
    assertThatThrownBy(() -> cached.lookupToken("tok-sam")).isInstanceOf(UnavailableException.class);

    portal.down = false;

    assertThat(cached.lookupToken("tok-sam")).isPresent();
    assertThat(portal.lookups).hasValue(2);
  }

  @Test
  void lookupToken_floodOfBadTokens_keepsTheCacheBounded() {
    CachingIdentityProvider small = new CachingIdentityProvider(portal, clock, Duration.ofMinutes(1), 2);

    for (int i = 0; i < 100; i++) {
      assertThat(small.lookupToken("bad-" + i)).isEmpty();
    }

    assertThat(small.cachedCount()).isEqualTo(2);
    assertThat(portal.lookups).hasValue(100);
  }

  @Test
  void forget_makesTheNextLookupAskAgain() {
    cached.lookupToken("tok-new");

    cached.forget("tok-new");
    cached.lookupToken("tok-new");

    assertThat(portal.lookups).hasValue(2);
  }

  @Test
  void login_isNeverCached() {
    CachingIdentityProvider provider = new CachingIdentityProvider(portal, clock);

    assertThat(provider.login("sam", "pw")).isEmpty();
    assertThat(provider.cachedCount()).isZero();
  }

  @Test
  void lookupToken_concurrentLookupsOfOneToken_askThePortalOnce() throws Exception {
    portal.release = new CountDownLatch(1);
    List<Thread> started = new CopyOnWriteArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(6, task -> {
      Thread thread = new Thread(task);
      started.add(thread);
      return thread;
    });
    try {
      List<Future<Optional<UserAccount>>> answers = new ArrayList<>();
      answers.add(threads.submit(() -> cached.lookupToken("tok-sam")));
      assertThat(portal.entered.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 5; i++) {
        answers.add(threads.submit(() -> cached.lookupToken("tok-sam")));
      }
      // Known tokens are not kept, so only lookups that joined the running one share it: release the portal once
      // the five later threads all wait (each runs its own task at once: waiting means waiting for the answer).
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (started.size() < 6 || started.subList(1, 6).stream().anyMatch(thread ->
          thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING)) {
        assertThat(System.nanoTime()).as("the later lookups wait for the running one").isLessThan(deadline);
        Thread.onSpinWait();
      }
      portal.release.countDown();

      for (Future<Optional<UserAccount>> answer : answers) {
        assertThat(answer.get(5, TimeUnit.SECONDS)).map(UserAccount::username).contains("sam");
      }
      assertThat(portal.lookups).hasValue(1);
    } finally {
      threads.shutdownNow();
    }
  }
}
