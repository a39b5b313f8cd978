package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to one downtime, kept after the downtime itself is deleted.
 *
 * @param id         identifier of the entry, increasing in the order changes were made
 * @param downtimeId the downtime changed
 * @param action     what was done
 * @param actor      username of whoever did it, may be {@code ""}
 * @param at         when it was done
 * @param before     the downtime before the change, {@code null} for a creation
 * @param after      the downtime after the change, {@code null} for a deletion
 */
public record AuditEntry(long id, long downtimeId, Action action, String actor, Instant at, Downtime before, Downtime after) {

  /** What was done to a downtime. */
  public enum Action { CREATE, UPDATE, DELETE }

  public AuditEntry {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
