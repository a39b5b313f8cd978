package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the change feed: a downtime created, updated or deleted, or its start or end time passed, with a cursor that increases strictly in
 * commit order and means the same on every instance sharing the database.
 *
 * @param id       the cursor: greater than the id of every event committed before this one
 * @param type     what happened
 * @param time     when it was recorded (for started and ended: within a minute after the start or end time)
 * @param actor    username of whoever did it, may be {@code ""} (always, for started and ended)
 * @param downtime the downtime after the change, {@code null} for a deletion
 * @param previous the downtime before the change, {@code null} for a creation, a start or an end
 */
public record ChangeEvent(long id, Type type, Instant time, String actor, Downtime downtime, Downtime previous) {

  /** What happened to the downtime. */
  public enum Type {
    CREATED, UPDATED, DELETED, STARTED, ENDED;

    /** The name clients see: {@code downtime.created}, {@code downtime.updated}, ... {@code downtime.ended}. */
    public String wireName() {
      return "downtime." + name().toLowerCase(Locale.ROOT);
    }

    /** The type clients name {@code wireName} ({@code downtime.created} …), if any. */
    public static Optional<Type> ofWireName(String wireName) {
      for (Type type : values()) {
        if (type.wireName().equals(wireName)) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    }

    /** The event type of an audited action. */
    public static Type of(AuditEntry.Action action) {
      return switch (action) {
        case CREATE -> CREATED;
        case UPDATE -> UPDATED;
        case DELETE -> DELETED;
      };
    }
  }

  public ChangeEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(actor, "actor");
    if (downtime == null && previous == null) {
      throw new IllegalArgumentException("an event needs the downtime before or after the change");
    }
  }

  /** The id of the downtime changed. */
  public long downtimeId() {
    return downtime != null ? downtime.id() : previous.id();
  }
}
