package org.observatory.downtime.portal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.IdentityProvider;

/** A fake identity source that knows a few tokens, counts token lookups and can be made to fail or to hold. */
final class CountingIdentityProvider implements IdentityProvider {

  final AtomicInteger lookups = new AtomicInteger();
  final CountDownLatch entered = new CountDownLatch(1);
  volatile CountDownLatch release = new CountDownLatch(0);
  volatile boolean down;
  private final Map<String, UserAccount> tokens;

  CountingIdentityProvider(Map<String, UserAccount> tokens) {
    this.tokens = Map.copyOf(tokens);
  }

  static UserAccount portalUser(String username, String token) {
    return new UserAccount(username, "", false, false, "", "", "", token, UserAccount.Source.PORTAL);
  }

  @Override
  public Optional<UserAccount> login(String username, String password) {
    return Optional.empty();
  }

  @Override
  public Optional<UserAccount> lookupToken(String apiToken) {
    lookups.incrementAndGet();
    entered.countDown();
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (down) {
      throw new UnavailableException("Observation Portal unavailable: test");
    }
    return Optional.ofNullable(tokens.get(apiToken));
  }
}
