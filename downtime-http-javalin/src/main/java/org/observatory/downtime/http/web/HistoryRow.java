package org.observatory.downtime.http.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.Timestamps;

/**
 * One change of a downtime's history as the edit page shows it.
 *
 * @param action  {@code Created}, {@code Changed} or {@code Deleted}
 * @param actor   who did it, {@code ""} when unknown
 * @param at      when, {@code YYYY-MM-DDTHH:MM:SSZ}
 * @param changes the fields it set (creation), changed (update) or removed (deletion)
 */
public record HistoryRow(String action, String actor, String at, List<FieldChange> changes) {

  public HistoryRow {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    changes = List.copyOf(changes);
  }

  public static HistoryRow of(AuditEntry entry) {
    String action = switch (entry.action()) {
      case CREATE -> "Created";
      case UPDATE -> "Changed";
      case DELETE -> "Deleted";
    };
    return new HistoryRow(action, entry.actor(), Timestamps.format(entry.at()),
        FieldChange.between(entry.before(), entry.after()));
  }

  /** Whether every change has both sides (an update); a creation or deletion shows only the values it had. */
  public boolean compares() {
    return changes.stream().allMatch(change -> change.before() != null && change.after() != null);
  }

  /** A downtime's history for the page: newest change first, so the latest is read without scrolling. */
  public static List<HistoryRow> newestFirst(List<AuditEntry> entries) {
    return entries.stream().sorted(Comparator.comparingLong(AuditEntry::id).reversed()).map(HistoryRow::of).toList();
  }
}
