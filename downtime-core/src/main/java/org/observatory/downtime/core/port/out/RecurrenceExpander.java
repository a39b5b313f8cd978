package org.observatory.downtime.core.port.out;

import java.time.Instant;
import java.util.List;

/** For expanding an RFC 5545 recurrence rule (RRULE) into the start instants of its occurrences. */
public interface RecurrenceExpander {

  /**
   * The starts of the rule's occurrences, evaluated in UTC with {@code firstStart} as DTSTART.
   *
   * <p>Only bounded rules are expanded: a rule without {@code COUNT} or {@code UNTIL} is refused. At most
   * {@code limit + 1} starts are returned, so the caller can tell that a rule gives more than {@code limit}.
   *
   * @param rule       the RRULE value, e.g. {@code FREQ=WEEKLY;BYDAY=TU;COUNT=10} (an {@code RRULE:} prefix is
   *                   allowed); not null
   * @param firstStart DTSTART of the series, not null
   * @param limit      how many occurrences the caller accepts at most, at least 1
   * @return the starts in time order; the rule decides whether {@code firstStart} itself is among them
   * @throws org.observatory.downtime.core.model.ValidationException under the field {@code recurrence}
   *         ({@link org.observatory.downtime.core.model.Recurrences#FIELD}) when the rule cannot be read or does not end
   */
  List<Instant> expand(String rule, Instant firstStart, int limit);
}
