package org.observatory.downtime.core.port.out;

import java.time.Instant;
import java.util.List;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;

/**
 * The change events the {@link DowntimeRepository} records in the transaction of each change, one per audited
 * change, read as a feed.
 *
 * <p>Contract: event ids increase strictly in commit order, so a reader that saw an event with id {@code n} will
 * never later see an event with an id below {@code n} appear; this holds for every instance sharing the store.
 */
public interface ChangeLog {

  /**
   * What one consistent read of the log saw.
   *
   * @param prunedThrough the id of the newest event removed by {@link #prune} ({@code 0} when none was)
   * @param newest        the id of the newest event recorded ({@code 0} when none), filter or not
   * @param events        events with an id above the cursor that match the filter, oldest first, at most the limit
   */
  record Slice(long prunedThrough, long newest, List<ChangeEvent> events) {
    public Slice {
      events = List.copyOf(events);
    }
  }

  /**
   * Reads events after a cursor, in one snapshot.
   *
   * @param after  the cursor: only events with a greater id
   * @param filter which events
   * @param limit  how many at most, at least 1
   */
  Slice read(long after, ChangeFilter filter, int limit);

  /**
   * Records a {@code STARTED} event for each stored downtime whose start time lies after the last check and at or
   * before {@code now}, and an {@code ENDED} event for each whose end time does, oldest time first; then remembers
   * {@code now} as checked. Exactly once across every instance sharing the store: a second event for the same
   * downtime and time is never recorded. The first call ever looks back two minutes.
   *
   * @return how many events were recorded
   */
  int recordPassages(Instant now);

  /**
   * Removes the events recorded before an instant (the audit history is kept).
   *
   * @return how many events were removed
   */
  int prune(Instant before);
}
