package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NightTest {

  private static final LocalDate DATE = LocalDate.parse("2026-06-21");
  private static final Instant DUSK = Instant.parse("2026-06-22T05:40:00Z");

  @Test
  void darkHours_darkNight_isTheTimeFromStartToEndInHours() {
    Night night = Night.dark(DATE, DUSK, DUSK.plus(Duration.ofMinutes(630)));

    assertThat(night.darkHours()).isEqualTo(10.5);
    assertThat(night.darkness()).isEqualTo(Duration.ofMinutes(630));
    assertThat(night.isDark()).isTrue();
  }

  @Test
  void darkHours_nightWithoutDarkness_isZeroWithNoTimes() {
    Night night = Night.withoutDarkness(DATE);

    assertThat(night.darkHours()).isZero();
    assertThat(night.darkStart()).isEmpty();
    assertThat(night.darkEnd()).isEmpty();
    assertThat(night.isDark()).isFalse();
  }

  @Test
  void construction_endNotAfterStart_isRefusedNamingDarkEnd() {
    assertThatThrownBy(() -> Night.dark(DATE, DUSK, DUSK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("darkEnd:");
    assertThatThrownBy(() -> Night.dark(DATE, DUSK, DUSK.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("darkEnd:");
  }

  @Test
  void construction_onlyOneOfStartAndEnd_isRefusedNamingDarkEnd() {
    assertThatThrownBy(() -> new Night(DATE, Optional.of(DUSK), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("darkEnd:");
    assertThatThrownBy(() -> new Night(DATE, Optional.empty(), Optional.of(DUSK)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("darkEnd:");
  }

  @Test
  void construction_nulls_areRefusedNamingTheField() {
    assertThatThrownBy(() -> new Night(null, Optional.empty(), Optional.empty())).hasMessage("localDate");
    assertThatThrownBy(() -> new Night(DATE, null, Optional.empty())).hasMessage("darkStart");
  }
}
