package org.observatory.downtime.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.port.out.LoginFailures;

/** What every {@link LoginFailures} must do; adapters run it by extending this class. */
public abstract class LoginFailuresContract {

  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

  protected LoginFailures failures;

  /** A store over an empty database; called before each test. */
  protected abstract LoginFailures createLoginFailures();

  @BeforeEach
  void createStore() {
    failures = createLoginFailures();
  }

  @Test
  void since_givesThisKeysFailuresAfterTheInstant_oldestFirst() {
    failures.record("user:ada", T, T.minusSeconds(300));
    failures.record("user:ada", T.plusSeconds(20), T.minusSeconds(300));
    failures.record("address:10.0.0.1", T.plusSeconds(10), T.minusSeconds(300));

    assertThat(failures.since("user:ada", T.minusSeconds(1))).containsExactly(T, T.plusSeconds(20));
    assertThat(failures.since("user:ada", T)).containsExactly(T.plusSeconds(20));
    assertThat(failures.since("user:bob", T.minusSeconds(1))).isEmpty();
  }

  @Test
  void record_forgetsEveryFailureBeforeTheGivenInstant() {
    failures.record("user:ada", T, T.minusSeconds(300));
    failures.record("user:bob", T.plusSeconds(400), T.plusSeconds(100));

    assertThat(failures.since("user:ada", T.minusSeconds(1000))).isEmpty();
    assertThat(failures.since("user:bob", T.minusSeconds(1000))).containsExactly(T.plusSeconds(400));
  }
}
