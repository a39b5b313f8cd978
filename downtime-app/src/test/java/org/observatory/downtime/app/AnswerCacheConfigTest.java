package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCacheConfigTest {

  @Test
  void answerCacheMb_unset_is32Megabytes() {
    AppConfig config = AppConfig.fromEnvironment(Map.of());

    assertThat(config.answerCacheMb()).isEqualTo(32);
    assertThat(config.answerCacheBytes()).isEqualTo(32L * 1024 * 1024);
  }

  @Test
  void answerCacheMb_zero_turnsTheCacheOff() {
    assertThat(AppConfig.fromEnvironment(Map.of("ANSWER_CACHE_MB", "0")).answerCacheBytes()).isZero();
  }

  @Test
  void answerCacheMb_negativeOrNotANumber_isRefusedNamingTheVariable() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("ANSWER_CACHE_MB", "-1")))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("ANSWER_CACHE_MB: -1 is out of range");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("ANSWER_CACHE_MB", "lots")))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("ANSWER_CACHE_MB: \"lots\" is not a whole number");
  }

  @Test
  void toString_showsTheCacheSize() {
    assertThat(AppConfig.fromEnvironment(Map.of("ANSWER_CACHE_MB", "8")).toString()).contains("answerCacheMb=8");
  }
}
