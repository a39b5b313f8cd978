package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1000);

  @Test
  void hash_isDjangoFormatWithRandomSalt() {
    String first = hasher.hash("pw".toCharArray());
    String second = hasher.hash("pw".toCharArray());

    assertThat(first).matches("pbkdf2_sha256\\$1000\\$[A-Za-z0-9]{22}\\$[A-Za-z0-9+/=]{44}").isNotEqualTo(second);
  }

  @Test
  void verify_rightAndWrongPasswords() {
    String hash = hasher.hash("correct horse".toCharArray());

    assertThat(hasher.verify("correct horse".toCharArray(), hash)).isTrue();
    assertThat(hasher.verify("correct horsE".toCharArray(), hash)).isFalse();
    assertThat(hasher.verify("x".toCharArray(), "")).isFalse();
    assertThat(hasher.verify("x".toCharArray(), "md5$1$a$b")).isFalse();
    assertThat(hasher.verify("x".toCharArray(), "pbkdf2_sha256$zero$a$b")).isFalse();
  }

  @Test
  void verify_hashWrittenByDjango_isAccepted() {
    // The same PBKDF2-HMAC-SHA256 as Django's make_password("django", "seasalt") at 1000 iterations.
    String django = "pbkdf2_sha256$1000$seasalt$29JwIxwRyHWBJ9CRvthDC/4XLhdsAGgG1p/t60r2i9M=";

    assertThat(hasher.verify("django".toCharArray(), django)).isTrue();
    assertThat(hasher.verify("Django".toCharArray(), django)).isFalse();
  }

  @Test
  void defaultIterations_meetTheFloor() {
    assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(600_000);
  }
}
