package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.http.web.RepeatForm;

/** The add form's repeat fields turned into an RRULE, and the mistakes refused before anything is expanded. */
class RepeatFormTest {

  // A Tuesday.
  private static final Instant START = Instant.parse("2027-01-05T10:00:00Z");

  @Test
  void rule_noRepeat_isEmpty() {
    assertThat(RepeatForm.none().rule(START)).isEmpty();
  }

  @Test
  void rule_weeklyWithCount_repeatsOnTheStartsWeekday() {
    assertThat(new RepeatForm("weekly", " 3 ", "", "").rule(START)).hasValue("FREQ=WEEKLY;BYDAY=TU;COUNT=3");
  }

  @Test
  void rule_dailyUntilADate_includesThatWholeDay() {
    assertThat(new RepeatForm("daily", "", "2027-01-31", "").rule(START)).hasValue("FREQ=DAILY;UNTIL=20270131T235959Z");
  }

  @Test
  void rule_custom_isTakenAsTyped_withoutAnRrulePrefix() {
    assertThat(new RepeatForm("custom", "", "", " RRULE:FREQ=MONTHLY;COUNT=2 ").rule(START))
        .hasValue("FREQ=MONTHLY;COUNT=2");
  }

  @Test
  void rule_mistakes_areRefusedUnderRecurrence() {
    assertRefused(new RepeatForm("weekly", "", "", ""), "Give the number of occurrences or the date of the last one.");
    assertRefused(new RepeatForm("daily", "3", "2027-02-01", ""), "not both");
    assertRefused(new RepeatForm("daily", "0", "", ""), "whole number of at least 1");
    assertRefused(new RepeatForm("daily", "three", "", ""), "whole number of at least 1");
    assertRefused(new RepeatForm("daily", "1001", "", ""), Recurrences.TOO_MANY);
    assertRefused(new RepeatForm("daily", "", "31/01/2027", ""), "YYYY-MM-DD");
    assertRefused(new RepeatForm("custom", "", "", "  "), "Type an RRULE");
    assertRefused(new RepeatForm("", "3", "", ""), "Choose how the downtime repeats");
    assertRefused(new RepeatForm("hourly", "", "", ""), "Choose one of the offered repeats.");
  }

  private static void assertRefused(RepeatForm form, String message) {
    assertThatThrownBy(() -> form.rule(START)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors().get(Recurrences.FIELD))
            .singleElement().asString().contains(message));
  }
}
