package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.query.DowntimeFilter;
import org.observatory.downtime.core.query.DowntimeQuery;

/** The category as every adapter's writes bind it, and as the list filter selects it. */
class CategoryBindingTest {

  private static final Map<String, String> FIELDS = Map.of("start", "2026-12-01T10:00:00Z",
      "end", "2026-12-01T12:00:00Z", "site", "ogg", "enclosure", "clma", "telescope", "2m0a");

  private static DowntimeDraft bind(Map<String, String> extra, DraftBinder.Mode mode, DowntimeDraft stored) {
    Map<String, String> fields = new java.util.HashMap<>(FIELDS);
    fields.putAll(extra);
    return DraftBinder.bind(DowntimeInput.ofText(fields), mode, stored, Optional.empty());
  }

  @Test
  void bind_noCategory_isUncategorised() {
    assertThat(bind(Map.of(), DraftBinder.Mode.CREATE, null).category()).isEmpty();
  }

  @Test
  void bind_knownCategory_isKept() {
    assertThat(bind(Map.of("category", "engineering"), DraftBinder.Mode.CREATE, null).category())
        .isEqualTo("engineering");
  }

  @Test
  void bind_unknownCategory_isRefusedWithTheChoiceMessage() {
    assertThatThrownBy(() -> bind(Map.of("category", "party"), DraftBinder.Mode.CREATE, null))
        .isInstanceOfSatisfying(ValidationException.class, refusal -> assertThat(refusal.errors())
            .isEqualTo(Map.of("category", List.of("\"party\" is not a valid choice."))));
  }

  @Test
  void bind_unknownCategoryAndMissingStart_reportsBothInFieldOrder() {
    Map<String, String> fields = new java.util.HashMap<>(FIELDS);
    fields.remove("start");
    fields.put("category", "party");
    assertThatThrownBy(() -> DraftBinder.bind(DowntimeInput.ofText(fields), DraftBinder.Mode.CREATE, null,
        Optional.empty()))
        .isInstanceOfSatisfying(ValidationException.class, refusal -> assertThat(refusal.errors().keySet())
            .containsExactly("start", "category"));
  }

  @Test
  void bind_mergeWithoutCategory_keepsTheStoredOne() {
    DowntimeDraft stored = bind(Map.of("category", "weather"), DraftBinder.Mode.CREATE, null);
    DowntimeDraft merged = DraftBinder.bind(DowntimeInput.ofText(Map.of("reason", "snow")), DraftBinder.Mode.MERGE,
        stored, Optional.empty());
    assertThat(merged.category()).isEqualTo("weather");
    assertThat(merged.reason()).isEqualTo("snow");
  }

  @Test
  void bind_replaceWithEmptyCategory_clearsIt() {
    DowntimeDraft stored = bind(Map.of("category", "weather"), DraftBinder.Mode.CREATE, null);
    assertThat(bind(Map.of("category", ""), DraftBinder.Mode.REPLACE, stored).category()).isEmpty();
  }

  @Test
  void matches_categoryFilter_selectsAnyOfTheGivenCategories() {
    Instant t = Instant.parse("2026-12-01T10:00:00Z");
    Downtime weather = new Downtime(1, t, t.plusSeconds(60), "ogg", "clma", "2m0a", "", "", t, t, "", null, "weather");
    Downtime none = new Downtime(2, t, t.plusSeconds(60), "ogg", "clma", "2m0a", "", "", t, t, "", null);
    DowntimeFilter filter = DowntimeQuery.builder().category("weather", "other").build().filter();
    assertThat(filter.matches(weather)).isTrue();
    assertThat(filter.matches(none)).isFalse();
    assertThat(DowntimeFilter.ALL.matches(none)).isTrue();
  }

  @Test
  void toDraft_keepsTheCategory() {
    Instant t = Instant.parse("2026-12-01T10:00:00Z");
    assertThat(new Downtime(1, t, t.plusSeconds(60), "ogg", "clma", "2m0a", "", "", t, t, "", null, "education")
        .toDraft().category()).isEqualTo("education");
  }
}
