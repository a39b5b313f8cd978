package org.observatory.downtime.core.model;

/** A change-feed cursor older than the history kept: events after it were pruned, so reading on would skip them. */
public final class CursorExpiredException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  public CursorExpiredException(long cursor, long prunedThrough) {
    super("The cursor " + cursor + " is older than the change history kept (events up to " + prunedThrough
        + " were pruned); read the current state from /api/ and follow the feed from after=" + prunedThrough + ".");
  }
}
