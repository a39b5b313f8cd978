package org.observatory.downtime.cli;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.ImportRow;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.ValidationException;

/**
 * Turns one imported record (field name → text, absent or {@code null} when missing) into an import row, refusing it
 * with the API's messages; the business rules and the catalogue are checked later by the use case.
 */
final class DraftRecords {

  static final String NOT_AN_ID = "A valid positive integer is required.";

  private DraftRecords() {
  }

  /**
   * The row a record describes: with an {@code id}, the downtime as exported ({@code created} and {@code modified}
   * required, {@code created_by} and {@code series_id} (or {@code series}) kept as given); without one (absent or
   * empty), a new downtime whose {@code created}, {@code modified} and series are ignored.
   *
   * @throws ValidationException naming every missing or unreadable field
   */
  static ImportRow toRow(Map<String, String> record) {
    FieldErrors errors = new FieldErrors();
    Optional<Instant> start = time(record, "start", errors);
    Optional<Instant> end = time(record, "end", errors);
    String site = required(record, "site", errors);
    String enclosure = required(record, "enclosure", errors);
    String telescope = required(record, "telescope", errors);
    String idText = record.get("id");
    if (idText == null || idText.isBlank()) {
      errors.throwIfAny();
      return ImportRow.create(new DowntimeDraft(start.orElseThrow(), end.orElseThrow(), site, enclosure, telescope,
          record.get("instrument_type"), record.get("reason"), record.get("created_by"), null));
    }
    Optional<Long> id = number(idText, "id", errors);
    Optional<Instant> created = time(record, "created", errors);
    Optional<Instant> modified = time(record, "modified", errors);
    String seriesText = record.getOrDefault("series_id", record.get("series"));
    Optional<Long> series = seriesText == null || seriesText.isBlank() ? Optional.empty()
        : number(seriesText, record.containsKey("series_id") ? "series_id" : "series", errors);
    errors.throwIfAny();
    String createdBy = record.get("created_by");
    return ImportRow.restore(new Downtime(id.orElseThrow(), start.orElseThrow(), end.orElseThrow(), site, enclosure,
        telescope, orEmpty(record.get("instrument_type")), orEmpty(record.get("reason")), created.orElseThrow(),
        modified.orElseThrow(), orEmpty(createdBy), series.orElse(null)));
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
    String text = required(record, field, errors);
    if (text == null) {
      return Optional.empty();
    }
    Optional<Instant> instant = Timestamps.parseDateTime(text);
    if (instant.isEmpty()) {
      errors.add(field, CreateCommand.WRONG_FORMAT);
    }
    return instant;
  }

  private static String required(Map<String, String> record, String field, FieldErrors errors) {
    String value = record.get(field);
    if (value == null) {
      errors.add(field, FieldErrors.REQUIRED);
    }
    return value;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
