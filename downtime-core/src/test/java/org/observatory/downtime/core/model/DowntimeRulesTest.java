package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;

class DowntimeRulesTest {

  private final Catalogue catalogue = TestCatalogues.small();

  @Test
  void validate_knownTelescopeAndInstrument_passes() {
    assertThatCode(() -> DowntimeRules.validate(aDraft().withInstrumentType("2M0-SCICAM-MUSCAT"), catalogue))
        .doesNotThrowAnyException();
  }

  @Test
  void validate_unknownCodes_reportsEveryField() {
    DowntimeDraft draft = new DowntimeDraft(T0, T0.plusSeconds(60), "nop", "xxxx", "9m9z", "NOPE", "", "", null);

    ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> DowntimeRules.validate(draft, catalogue));

    assertThat(refusal.errors()).containsExactly(
        Map.entry("site", List.of("\"nop\" is not a valid choice.")),
        Map.entry("enclosure", List.of("\"xxxx\" is not a valid choice.")),
        Map.entry("telescope", List.of("\"9m9z\" is not a valid choice.")),
        Map.entry("instrument_type", List.of("\"NOPE\" is not a valid choice.")));
  }

  @Test
  void validate_endNotAfterStart_isANonFieldError() {
    ValidationException refusal = catchThrowableOfType(ValidationException.class,
        () -> DowntimeRules.validate(aDraft().withTimes(T0, T0), catalogue));

    assertThat(refusal.errors()).containsExactly(
        Map.entry("non_field_errors", List.of("End time must be after start time")));
  }

  @Test
  void validate_knownCodesThatDoNotBelongTogether_isANonFieldError() {
    DowntimeDraft draft = new DowntimeDraft(T0, T0.plusSeconds(60), "coj", "clma", "2m0a", "", "", "", null);

    ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> DowntimeRules.validate(draft, catalogue));

    assertThat(refusal.errors()).containsExactly(Map.entry("non_field_errors", List.of(DowntimeRules.NOT_IN_CATALOGUE)));
  }

  @Test
  void validate_instrumentOfAnotherTelescope_isANonFieldError() {
    ValidationException refusal = catchThrowableOfType(ValidationException.class,
        () -> DowntimeRules.validate(aDraft().withInstrumentType("1M0-NRES-SCICAM"), catalogue));

    assertThat(refusal.errors()).containsOnlyKeys("non_field_errors");
  }

  @Test
  void validate_reasonOf3001Characters_isTooLong() {
    assertThatCode(() -> DowntimeRules.validate(aDraft().withReason("x".repeat(3000)), catalogue)).doesNotThrowAnyException();

    ValidationException refusal = catchThrowableOfType(ValidationException.class,
        () -> DowntimeRules.validate(aDraft().withReason("x".repeat(3001)), catalogue));

    assertThat(refusal.errors()).containsExactly(
        Map.entry("reason", List.of("Ensure this field has no more than 3000 characters.")));
  }

  @Test
  void validate_fieldErrorsComeBeforeCrossFieldChecks() {
    DowntimeDraft draft = aDraft().withTimes(T0, T0.minusSeconds(1)).withReason("x".repeat(3001));

    ValidationException refusal = catchThrowableOfType(ValidationException.class, () -> DowntimeRules.validate(draft, catalogue));

    assertThat(refusal.errors()).containsOnlyKeys("reason");
  }

  @Test
  void validate_nullCharacter_isRefusedByField() {
    ValidationException refusal = catchThrowableOfType(ValidationException.class,
        () -> DowntimeRules.validate(aDraft().withReason("a\0b"), catalogue));

    assertThat(refusal.errors()).containsExactly(Map.entry("reason", List.of("Null characters are not allowed.")));
  }
}
