package org.observatory.downtime.http.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "5", "-1", "+7", "0005", "99999999999999999999999"})
  void isWholeNumber_anIdDjangoWouldLookUp(String text) {
    assertThat(PathIds.isWholeNumber(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.5", "", "-", "1e3", " 5", "history"})
  void isWholeNumber_aPathPartThatNamesNothing(String text) {
    assertThat(PathIds.isWholeNumber(text)).isFalse();
  }
}
