package org.observatory.downtime.cli;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.ValidationException;

/**
 * Turns one imported record (field name → text, absent or {@code null} when missing) into a draft, refusing it with
 * the API's messages; the business rules and the catalogue are checked later by the use case.
 */
final class DraftRecords {

  private DraftRecords() {
  }

  /**
   * The draft a record describes; {@code id}, {@code created}, {@code modified} and {@code series_id} are ignored
   * (the store gives new ones).
   *
   * @throws ValidationException naming every missing or unreadable field
   */
  static DowntimeDraft toDraft(Map<String, String> record) {
    FieldErrors errors = new FieldErrors();
    Optional<Instant> start = time(record, "start", errors);
    Optional<Instant> end = time(record, "end", errors);
    String site = required(record, "site", errors);
    String enclosure = required(record, "enclosure", errors);
    String telescope = required(record, "telescope", errors);
    errors.throwIfAny();
    return new DowntimeDraft(start.orElseThrow(), end.orElseThrow(), site, enclosure, telescope,
        record.get("instrument_type"), record.get("reason"), record.get("created_by"), null);
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
}
