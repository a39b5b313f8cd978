package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.LoginLimits;
import org.observatory.downtime.core.model.TooManyAttemptsException;
import org.observatory.downtime.core.model.User;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-01T10:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final InProcessLoginFailures failures = new InProcessLoginFailures();
  private final LoginThrottle throttle = new LoginThrottle(failures, new LoginLimits(3, 5, Duration.ofMinutes(5)),
      clock);
  private final AtomicInteger checks = new AtomicInteger();

  private Optional<User> attempt(String username, String address, boolean right) {
    return throttle.check(username, address, true, () -> {
      checks.incrementAndGet();
      return right ? Optional.of(new User(username, true, false)) : Optional.empty();
    });
  }

  @Test
  void check_pastTheUsernameLimit_refusesWithoutChecking_untilTheWindowPassed() {
    for (int i = 0; i < 3; i++) {
      attempt("ada", "10.0.0." + i, false);
      now = now.plusSeconds(10);
    }

    assertThatThrownBy(() -> attempt("ada", "10.0.0.9", true)).isInstanceOf(TooManyAttemptsException.class)
        .satisfies(e -> assertThat(((TooManyAttemptsException) e).retryAfterSeconds()).isEqualTo(300 - 30));
    assertThat(checks).hasValue(3);
    now = now.plusSeconds(300 - 30);
    assertThat(attempt("ada", "10.0.0.9", true)).isPresent();
    assertThat(throttle.counts().failedChecks()).isEqualTo(3);
    assertThat(throttle.counts().refusals()).isEqualTo(1);
  }

  @Test
  void check_pastTheAddressLimit_refusesEveryUsernameFromThatAddress_notOtherAddresses() {
    for (int i = 0; i < 5; i++) {
      attempt("user" + i, "10.0.0.1", false);
    }

    assertThatThrownBy(() -> attempt("bob", "10.0.0.1", true)).isInstanceOf(TooManyAttemptsException.class);
    assertThatThrownBy(() -> attempt("carol", "10.0.0.1", true)).isInstanceOf(TooManyAttemptsException.class);
    assertThat(attempt("bob", "10.0.0.2", true)).isPresent();
    assertThat(checks).hasValue(6);
  }

  @Test
  void check_rightPassword_isNotCounted() {
    for (int i = 0; i < 10; i++) {
      assertThat(attempt("ada", "10.0.0.1", true)).isPresent();
    }

    assertThat(throttle.counts().failedChecks()).isZero();
  }
}
