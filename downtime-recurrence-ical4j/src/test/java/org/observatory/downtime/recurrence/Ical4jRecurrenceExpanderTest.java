package org.observatory.downtime.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.model.ValidationException;

class Ical4jRecurrenceExpanderTest {

  /** A Tuesday. */
  private static final Instant TUESDAY = Instant.parse("2026-12-01T10:00:00Z");

  private final Ical4jRecurrenceExpander expander = new Ical4jRecurrenceExpander();

  @Test
  void expand_weeklyByDayWithCount_givesThatManyTuesdays() {
    List<Instant> starts = expander.expand("FREQ=WEEKLY;BYDAY=TU;COUNT=10", TUESDAY, 1000);

    assertThat(starts).hasSize(10).first().isEqualTo(TUESDAY);
    assertThat(starts).allSatisfy(start ->
        assertThat(start.atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY));
    assertThat(starts.get(9)).isEqualTo(Instant.parse("2027-02-02T10:00:00Z"));
  }

  @Test
  void expand_untilIsInclusive() {
    assertThat(expander.expand("FREQ=DAILY;UNTIL=20261204T100000Z", TUESDAY, 1000)).containsExactly(
        TUESDAY, Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"),
        Instant.parse("2026-12-04T10:00:00Z"));
  }

  @Test
  void expand_countAndUntilGiveTheSameSeries() {
    assertThat(expander.expand("FREQ=DAILY;COUNT=4", TUESDAY, 1000))
        .isEqualTo(expander.expand("FREQ=DAILY;UNTIL=20261204T100000Z", TUESDAY, 1000));
  }

  @Test
  void expand_acrossTheYearBoundary_keepsTheTimeOfDayInUtc() {
    Instant lastTuesday = Instant.parse("2026-12-29T22:30:00Z");

    assertThat(expander.expand("FREQ=WEEKLY;BYDAY=TU;COUNT=3", lastTuesday, 1000)).containsExactly(
        lastTuesday, Instant.parse("2027-01-05T22:30:00Z"), Instant.parse("2027-01-12T22:30:00Z"));
  }

  @Test
  void expand_severalDays_followsTheRuleFromTheStart() {
    assertThat(expander.expand("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4", TUESDAY, 1000)).containsExactly(
        TUESDAY, Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"),
        Instant.parse("2026-12-10T10:00:00Z"));
  }

  @Test
  void expand_moreThanTheLimit_stopsOnePastIt() {
    assertThat(expander.expand("FREQ=HOURLY;COUNT=100000", TUESDAY, 1000)).hasSize(1001);
    assertThat(expander.expand("FREQ=MINUTELY;UNTIL=99991231T000000Z", TUESDAY, 1000)).hasSize(1001);
  }

  @Test
  void expand_withoutCountOrUntil_isRefused() {
    assertRefused("FREQ=WEEKLY;BYDAY=TU", Recurrences.UNBOUNDED);
  }

  @Test
  void expand_countAndUntilTogether_isRefused() {
    assertRefused("FREQ=DAILY;COUNT=3;UNTIL=20261204T100000Z", Recurrences.COUNT_AND_UNTIL);
  }

  @Test
  void expand_untilWithoutZone_isRefused() {
    assertRefused("FREQ=DAILY;UNTIL=20261204", Ical4jRecurrenceExpander.UNTIL_NOT_UTC);
    assertRefused("FREQ=DAILY;UNTIL=20261204T100000", Ical4jRecurrenceExpander.UNTIL_NOT_UTC);
  }

  @Test
  void expand_zeroCountOrInterval_isRefused() {
    assertRefused("FREQ=DAILY;COUNT=0", Ical4jRecurrenceExpander.COUNT_NOT_POSITIVE);
    assertRefused("FREQ=DAILY;INTERVAL=0;COUNT=2", Ical4jRecurrenceExpander.INTERVAL_NOT_POSITIVE);
  }

  @Test
  void expand_unreadableRule_isRefusedWithTheParsersReason() {
    assertThatThrownBy(() -> expander.expand("FREQ=FORTNIGHTLY;COUNT=2", TUESDAY, 1000))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("recurrence").get(0))
            .startsWith("Not a valid RFC 5545 RRULE").contains("FORTNIGHTLY"));
    assertThatThrownBy(() -> expander.expand("FREQ=WEEKLY;BYDAY=XX;COUNT=2", TUESDAY, 1000))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> expander.expand("  ", TUESDAY, 1000)).isInstanceOf(ValidationException.class);
  }

  @Test
  void expand_ruleThatNeverMatches_givesNothing() {
    assertThat(expander.expand("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2", TUESDAY, 1000)).isEmpty();
  }

  private void assertRefused(String rule, String message) {
    assertThatThrownBy(() -> expander.expand(rule, TUESDAY, 1000))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.errors()).containsEntry("recurrence", List.of(message)));
  }
}
