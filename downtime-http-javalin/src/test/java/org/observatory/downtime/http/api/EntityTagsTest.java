package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  private static final String TAG = EntityTags.tagOf("{\"count\":0}".getBytes(StandardCharsets.UTF_8));

  @Test
  void tagOf_sameBytes_sameWeakTag_otherBytes_otherTag() {
    assertThat(TAG).startsWith("W/\"").endsWith("\"")
        .isEqualTo(EntityTags.tagOf("{\"count\":0}".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(EntityTags.tagOf("{\"count\":1}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void matches_weakComparisonIgnoresTheWeakPrefix() {
    assertThat(EntityTags.matches(TAG, TAG)).isTrue();
    assertThat(EntityTags.matches(TAG.substring(2), TAG)).isTrue();
  }

  @Test
  void matches_anyOfAListOrStar() {
    assertThat(EntityTags.matches("\"old\", " + TAG, TAG)).isTrue();
    assertThat(EntityTags.matches("*", TAG)).isTrue();
  }

  @Test
  void matches_absentOrOtherTag_isFalse() {
    assertThat(EntityTags.matches(null, TAG)).isFalse();
    assertThat(EntityTags.matches("", TAG)).isFalse();
    assertThat(EntityTags.matches("W/\"other\"", TAG)).isFalse();
  }
}
