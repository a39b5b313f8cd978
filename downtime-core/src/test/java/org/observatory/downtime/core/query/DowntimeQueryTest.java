package org.observatory.downtime.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;

class DowntimeQueryTest {

  private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

  private static Downtime downtime(long id, long startHour, long hours, String site, String reason) {
    Instant start = T.plus(Duration.ofHours(startHour));
    return new Downtime(id, start, start.plus(Duration.ofHours(hours)), site, "clma", "2m0a", "", reason,
        T.plusSeconds(id), T.plusSeconds(100 - id), "", null);
  }

  private final Downtime early = downtime(1, 0, 2, "ogg", "Mirror RECOAT");
  private final Downtime middle = downtime(2, 10, 2, "coj", "Engineering");
  private final Downtime late = downtime(3, 20, 2, "ogg", "50% done_ok");

  @Test
  void matches_timeBoundsAreInclusive() {
    DowntimeQuery query = DowntimeQuery.builder().overlapping(T.plus(Duration.ofHours(2)), T.plus(Duration.ofHours(10))).build();

    assertThat(List.of(early, middle, late)).filteredOn(query::matches).containsExactly(early, middle);
  }

  @Test
  void matches_repeatedCodesMeanEither() {
    assertThat(DowntimeQuery.builder().site("ogg", "lsc").build().matches(middle)).isFalse();
    assertThat(DowntimeQuery.builder().site("ogg", "coj").build().matches(middle)).isTrue();
  }

  @Test
  void matches_reasonIgnoresCaseAndTakesWildcardsLiterally() {
    assertThat(DowntimeQuery.builder().reasonContains("recoat").build().matches(early)).isTrue();
    assertThat(DowntimeQuery.builder().reasonContains("%").build().matches(early)).isFalse();
    assertThat(DowntimeQuery.builder().reasonContains("0% DONE_").build().matches(late)).isTrue();
  }

  @Test
  void matches_reasonExactIsCaseSensitive() {
    assertThat(DowntimeQuery.builder().reasonExact("Engineering").build().matches(middle)).isTrue();
    assertThat(DowntimeQuery.builder().reasonExact("engineering").build().matches(middle)).isFalse();
  }

  @Test
  void apply_defaultOrderIsCreation() {
    assertThat(DowntimeQuery.all().apply(List.of(late, early, middle)).results()).containsExactly(early, middle, late);
  }

  @Test
  void apply_descendingOrderThenIdBreaksTies() {
    Downtime twin = downtime(4, 0, 2, "ogg", "twin of early");
    DowntimeQuery query = DowntimeQuery.builder().order(SortKey.desc(SortField.START)).build();

    assertThat(query.apply(List.of(twin, early, late, middle)).results()).containsExactly(late, middle, early, twin);
  }

  @Test
  void apply_pagesAndCountsEveryMatch() {
    DowntimeQuery query = DowntimeQuery.builder().limit(2).offset(1).build();

    assertThat(query.apply(List.of(early, middle, late)).count()).isEqualTo(3);
    assertThat(query.apply(List.of(early, middle, late)).results()).containsExactly(middle, late);
    assertThat(query.withPage(2, 5).apply(List.of(early, middle, late)).results()).isEmpty();
  }

  @Test
  void builder_badPagingFallsBackToDefaults() {
    DowntimeQuery query = DowntimeQuery.builder().limit(0).offset(-3).build();

    assertThat(query.limit()).isEqualTo(DowntimeQuery.DEFAULT_LIMIT);
    assertThat(query.offset()).isZero();
  }

  @Test
  void textOrder_isByCodePoint() {
    assertThat(SortField.compareCodePoints("Z", "a")).isNegative();
    assertThat(SortField.compareCodePoints("\uFFFD", "\uD83D\uDE00")).isNegative();
    assertThat(SortField.compareCodePoints("ab", "abc")).isNegative();
  }

  @Test
  void equalQueries_areEqual() {
    assertThat(DowntimeQuery.builder().site("ogg").build()).isEqualTo(DowntimeQuery.builder().site("ogg").build());
  }
}
