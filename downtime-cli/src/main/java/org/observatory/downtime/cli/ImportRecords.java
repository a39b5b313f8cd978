package org.observatory.downtime.cli;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.ImportRow;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.ValidationException;

/**
 * Turns one imported record (field name → text, absent or {@code null} when missing) into an import row. The
 * downtime's own fields are bound by the core's {@link DraftBinder}, as the API binds a body; the fields only an
 * exported row carries ({@code id}, {@code created}, {@code modified}, {@code created_by}, {@code series_id}) are read
 * here. The business rules and the catalogue are checked later by the use case.
 */
final class ImportRecords {

  static final String NOT_AN_ID = "A valid positive integer is required.";

  private ImportRecords() {
  }

  /**
   * The row a record describes: with an {@code id}, the downtime as exported ({@code created} and {@code modified}
   * required, {@code created_by} and {@code series_id} (or {@code series}) kept as given); without one (absent or
   * empty), a new downtime whose {@code created}, {@code modified} and series are ignored.
   *
   * @throws ValidationException naming every missing or unreadable field, the downtime's own first
   */
  static ImportRow toRow(Map<String, String> record) {
    FieldErrors errors = new FieldErrors();
    DowntimeDraft draft = bind(record, errors);
    String createdBy = record.get("created_by");
    String idText = record.get("id");
    if (idText == null || idText.isBlank()) {
      errors.throwIfAny();
      return ImportRow.create(draft.withCreatedBy(createdBy));
    }
    Optional<Long> id = number(idText, "id", errors);
    Optional<Instant> created = time(record, "created", errors);
    Optional<Instant> modified = time(record, "modified", errors);
    String seriesText = record.getOrDefault("series_id", record.get("series"));
    Optional<Long> series = seriesText == null || seriesText.isBlank() ? Optional.empty()
        : number(seriesText, record.containsKey("series_id") ? "series_id" : "series", errors);
    errors.throwIfAny();
    return ImportRow.restore(new Downtime(id.orElseThrow(), draft.start(), draft.end(), draft.site(),
        draft.enclosure(), draft.telescope(), draft.instrumentType(), draft.reason(), created.orElseThrow(),
        modified.orElseThrow(), createdBy == null ? "" : createdBy, series.orElse(null), draft.category()));
  }

  // The draft, or null with its refusal added to the errors.
  private static DowntimeDraft bind(Map<String, String> record, FieldErrors errors) {
    try {
      return DraftBinder.bind(DowntimeInput.ofText(record), DraftBinder.Mode.CREATE, null, Optional.empty());
    } catch (ValidationException refusal) {
      errors.addAll(refusal);
      return null;
    }
  }

  private static Optional<Long> number(String text, String field, FieldErrors errors) {
    try {
      long value = Long.parseLong(text.strip());
      if (value > 0) {
        return Optional.of(value);
      }
    } catch (NumberFormatException e) {
      // refused below, as a value that is not a positive integer
    }
    errors.add(field, NOT_AN_ID);
    return Optional.empty();
  }

  private static Optional<Instant> time(Map<String, String> record, String field, FieldErrors errors) {
    String text = record.get(field);
    if (text == null) {
      errors.add(field, FieldErrors.REQUIRED);
      return Optional.empty();
    }
    Optional<Instant> instant = Timestamps.parseDateTime(text);
    if (instant.isEmpty()) {
      errors.add(field, DraftBinder.BAD_DATE);
    }
    return instant;
  }
}
