package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WriteAccess;

class WritePolicyTest {

  private static final User STAFF = new User("sam", true, false);
  private static final User SUPERUSER = new User("root", false, true);
  private static final User ALICE = new User("alice", false, false);
  private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

  private static Downtime createdBy(String username) {
    return new Downtime(1, T, T.plusSeconds(60), "ogg", "clma", "2m0a", "", "", T, T, username, null);
  }

  @Test
  void staffMode_onlyPrivilegedUsersWrite() {
    WritePolicy policy = new WritePolicy(WriteAccess.STAFF);

    assertThat(policy.mayCreate(STAFF)).isTrue();
    assertThat(policy.mayCreate(SUPERUSER)).isTrue();
    assertThat(policy.mayCreate(ALICE)).isFalse();
    assertThat(policy.mayChange(ALICE, createdBy("alice"))).isFalse();
  }

  @Test
  void authenticatedMode_usersChangeOnlyTheirOwn() {
    WritePolicy policy = new WritePolicy(WriteAccess.AUTHENTICATED);

    assertThat(policy.mayCreate(ALICE)).isTrue();
    assertThat(policy.mayChange(ALICE, createdBy("alice"))).isTrue();
    assertThat(policy.mayChange(ALICE, createdBy("bob"))).isFalse();
    assertThat(policy.mayChange(ALICE, createdBy(""))).isFalse();
    assertThat(policy.mayChange(STAFF, createdBy("bob"))).isTrue();
  }

  @Test
  void writeAccess_parsesTheTwoModes() {
    assertThat(WriteAccess.parse("Staff")).contains(WriteAccess.STAFF);
    assertThat(WriteAccess.parse(" authenticated ")).contains(WriteAccess.AUTHENTICATED);
    assertThat(WriteAccess.parse("everyone")).isEmpty();
  }
}
