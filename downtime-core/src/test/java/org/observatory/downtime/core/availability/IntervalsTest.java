package org.observatory.downtime.core.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTest {

  private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

  private static Interval hours(int from, int to) {
    return new Interval(T0.plus(Duration.ofHours(from)), T0.plus(Duration.ofHours(to)));
  }

  @Test
  void merge_emptyInput_isEmpty() {
    assertThat(Intervals.merge(List.of())).isEmpty();
    assertThat(Intervals.covered(List.of())).isEqualTo(Duration.ZERO);
  }

  @Test
  void merge_overlapping_countsEachHourOnce() {
    List<Interval> merged = Intervals.merge(List.of(hours(2, 5), hours(0, 3)));

    assertThat(merged).containsExactly(hours(0, 5));
    assertThat(Intervals.covered(List.of(hours(2, 5), hours(0, 3)))).isEqualTo(Duration.ofHours(5));
  }

  @Test
  void merge_touching_becomesOne() {
    assertThat(Intervals.merge(List.of(hours(3, 4), hours(1, 3)))).containsExactly(hours(1, 4));
  }

  @Test
  void merge_contained_disappearsIntoTheOuter() {
    assertThat(Intervals.merge(List.of(hours(0, 10), hours(2, 3), hours(4, 6)))).containsExactly(hours(0, 10));
  }

  @Test
  void merge_disjoint_keptApartInTimeOrder() {
    assertThat(Intervals.merge(List.of(hours(5, 6), hours(0, 1), hours(2, 3))))
        .containsExactly(hours(0, 1), hours(2, 3), hours(5, 6));
  }

  @Test
  void merge_emptyIntervals_areDropped() {
    assertThat(Intervals.merge(List.of(hours(1, 1), hours(2, 3)))).containsExactly(hours(2, 3));
  }

  @Test
  void clip_cutsAtTheWindowEdges_andDropsWhatIsOutside() {
    List<Interval> clipped = Intervals.clip(List.of(hours(0, 3), hours(5, 7), hours(9, 12), hours(20, 22)),
        hours(2, 10));

    assertThat(clipped).containsExactly(hours(2, 3), hours(5, 7), hours(9, 10));
  }

  @Test
  void clip_intervalTouchingTheWindow_addsNothing() {
    assertThat(Intervals.clip(List.of(hours(0, 2), hours(10, 12)), hours(2, 10))).isEmpty();
  }

  @Test
  void fraction_isTheCoveredShareOfTheWindow() {
    assertThat(Intervals.fraction(List.of(hours(0, 6), hours(3, 9), hours(20, 30)), hours(0, 24)))
        .isEqualTo(13.0 / 24.0);
  }

  @Test
  void fraction_emptyWindow_isRefused() {
    assertThatThrownBy(() -> Intervals.fraction(List.of(), hours(1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
  }

  @Test
  void interval_endBeforeStart_isRefusedNamingBoth() {
    assertThatThrownBy(() -> hours(3, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
  }

  @Test
  void availability_ofOverlappingDowntimes_givesHoursFractionAndMergedIntervals() {
    Availability availability = Availability.of(List.of(hours(-2, 2), hours(1, 4)), hours(0, 8));

    assertThat(availability.down()).containsExactly(hours(0, 4));
    assertThat(availability.downHours()).isEqualTo(4.0);
    assertThat(availability.fraction()).isEqualTo(0.5);
  }
}
