package org.observatory.downtime.core.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.core.model.User;

/** Recurring downtimes: a rule expanded into concrete occurrences that share a series id. */
public interface RecurringDowntimeUseCase {

  /**
   * Creates every occurrence of a rule, all-or-nothing. The first occurrence is the input's downtime; each further
   * one starts where the rule says and lasts as long as the first ({@code end - start}).
   *
   * @param input the first occurrence, validated like any single downtime, and its {@code recurrence}: an RFC 5545
   *              RRULE with COUNT or UNTIL, evaluated in UTC; read only once the actor may create
   * @throws org.observatory.downtime.core.model.ValidationException with every failing field of the input and,
   *         under {@code recurrence}, why the rule is refused (unreadable, endless, more than 1 000 occurrences,
   *         or the start not being one of its occurrences)
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not create
   * @throws org.observatory.downtime.core.model.CatalogueUnavailableException when no catalogue is loaded
   */
  DowntimeSeries createSeries(Supplier<DowntimeInput> input, User actor);

  /** {@link #createSeries(Supplier, User)} with input at hand. */
  default DowntimeSeries createSeries(DowntimeInput input, User actor) {
    return createSeries(() -> input, actor);
  }

  /**
   * The occurrences of a series still stored, by start.
   *
   * @throws org.observatory.downtime.core.model.NotFoundException when no downtime of the series is stored
   */
  DowntimeSeries series(long seriesId);

  /**
   * Deletes the occurrences of a series starting at or after {@code from} (all of them when empty), all-or-nothing.
   *
   * @return the deleted occurrences, possibly none when every occurrence starts before {@code from}
   * @throws org.observatory.downtime.core.model.NotFoundException         when no downtime of the series is stored
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not delete one of them
   */
  List<Downtime> deleteSeries(long seriesId, Optional<Instant> from, User actor);
}
