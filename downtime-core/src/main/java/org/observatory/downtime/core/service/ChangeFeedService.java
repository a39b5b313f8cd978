package org.observatory.downtime.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.ChangeFilter;
import org.observatory.downtime.core.model.ChangePage;
import org.observatory.downtime.core.model.CursorExpiredException;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;
import org.observatory.downtime.core.port.out.ChangeLog;

/** Reads the change log as pages; refuses cursors whose following events were pruned. */
public final class ChangeFeedService implements ChangeFeedUseCase {

  private final ChangeLog log;

  public ChangeFeedService(ChangeLog log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public ChangePage changes(OptionalLong after, ChangeFilter filter, int limit) {
    Objects.requireNonNull(filter, "filter");
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    long cursor = after.orElse(0);
    if (cursor < 0) {
      throw new IllegalArgumentException("a cursor is never negative, was " + cursor);
    }
    ChangeLog.Slice slice = log.read(cursor, filter, size);
    if (after.isPresent() && cursor < slice.prunedThrough()) {
      throw new CursorExpiredException(cursor, slice.prunedThrough());
    }
    List<ChangeEvent> events = slice.events();
    // A full page reads on from its last event; a short one saw every event of the snapshot, matching or not.
    long next = events.size() == size ? events.get(size - 1).id() : Math.max(cursor, slice.newest());
    return new ChangePage(events, next);
  }

  @Override
  public long newestCursor() {
    // A cursor past every id reads no event, only the snapshot's newest id.
    return log.read(Long.MAX_VALUE, ChangeFilter.ALL, 1).newest();
  }

  @Override
  public int recordPassages(Instant now) {
    return log.recordPassages(Objects.requireNonNull(now, "now"));
  }

  @Override
  public int prune(Instant before) {
    return log.prune(Objects.requireNonNull(before, "before"));
  }
}
