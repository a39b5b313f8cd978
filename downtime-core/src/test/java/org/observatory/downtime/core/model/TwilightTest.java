package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TwilightTest {

  @Test
  void parse_apiNames_giveEachTwilightWithItsAltitude() {
    assertThat(Twilight.parse("sunset").altitude()).isEqualTo(-0.833);
    assertThat(Twilight.parse("civil").altitude()).isEqualTo(-6);
    assertThat(Twilight.parse("nautical").altitude()).isEqualTo(-12);
    assertThat(Twilight.parse("astronomical").altitude()).isEqualTo(-18);
  }

  @Test
  void apiName_parsesBackToTheSameTwilight() {
    for (Twilight twilight : Twilight.values()) {
      assertThat(Twilight.parse(twilight.apiName())).isSameAs(twilight);
    }
  }

  @Test
  void parse_otherName_isRefusedUnderTheFieldNamingTheChoices() {
    assertThatThrownBy(() -> Twilight.parse("dusk"))
        .isInstanceOfSatisfying(ValidationException.class, refusal -> assertThat(refusal.errors())
            .containsEntry("twilight", java.util.List.of(
                "\"dusk\" is not a valid choice; use one of sunset, civil, nautical, astronomical.")));
  }

  @Test
  void parse_enumNameOrOtherCase_isRefused() {
    assertThatThrownBy(() -> Twilight.parse("ASTRONOMICAL")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Twilight.parse("Civil")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Twilight.parse("")).isInstanceOf(ValidationException.class);
  }

  @Test
  void parse_null_isRefusedUnderTheField() {
    assertThatThrownBy(() -> Twilight.parse(null))
        .isInstanceOfSatisfying(ValidationException.class,
            refusal -> assertThat(refusal.errors()).containsOnlyKeys("twilight"));
  }

  @Test
  void byApiName_unknownName_isEmpty() {
    assertThat(Twilight.byApiName("nautical")).contains(Twilight.NAUTICAL);
    assertThat(Twilight.byApiName("night")).isEmpty();
  }
}
