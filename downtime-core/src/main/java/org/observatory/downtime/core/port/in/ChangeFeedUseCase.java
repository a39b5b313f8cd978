package org.observatory.downtime.core.port.in;

import java.time.Instant;
import java.util.OptionalLong;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.ChangePage;

/** Following every change to the downtimes as a feed of events, public like the list of downtimes. */
public interface ChangeFeedUseCase {

  /** The most events one page holds. */
  int MAX_PAGE = 1000;

  /**
   * The events after a cursor, oldest first.
   *
   * @param after  the cursor (the {@code next} of the previous page, or an event's id); empty reads from the oldest
   *               event kept
   * @param filter which events
   * @param limit  page size; clamped to 1..{@link #MAX_PAGE}
   * @throws org.observatory.downtime.core.model.CursorExpiredException when events after the cursor were pruned
   */
  ChangePage changes(OptionalLong after, ChangeFilter filter, int limit);

  /**
   * The cursor of the newest event recorded, filter or not: reading on from it gives only the events recorded later.
   *
   * @return the cursor, {@code 0} when no event was ever recorded
   * @throws org.observatory.downtime.core.model.UnavailableException when the store cannot be read
   */
  long newestCursor();

  /**
   * Records {@code downtime.started} and {@code downtime.ended} for the start and end times passed since the last
   * call on any instance (run at least every minute with the current time).
   *
   * @return how many events were recorded
   */
  int recordPassages(Instant now);

  /**
   * Removes events recorded before an instant (run periodically with now minus the days kept).
   *
   * @return how many events were removed
   */
  int prune(Instant before);
}
