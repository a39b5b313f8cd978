package org.observatory.downtime.persistence;

import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.ValidationException;

/**
 * What the databases cannot store, refused before any SQL runs: PostgreSQL rejects NUL characters, both drivers
 * silently replace unpaired UTF-16 surrogates, and the schema requires the end after the start.
 */
final class StorableText {

  static final String NUL = "Null characters are not allowed.";
  static final String SURROGATE = "Invalid text: unpaired UTF-16 surrogate.";
  static final String OUT_OF_RANGE = "Datetime must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z.";

  private StorableText() {
  }

  /**
   * Checks a draft before it is written.
   *
   * @throws ValidationException naming every field the database could not store faithfully
   */
  static void check(DowntimeDraft draft) {
    FieldErrors errors = new FieldErrors();
    text(errors, "site", draft.site());
    text(errors, "enclosure", draft.enclosure());
    text(errors, "telescope", draft.telescope());
    text(errors, "instrument_type", draft.instrumentType());
    text(errors, "reason", draft.reason());
    text(errors, "created_by", draft.createdBy());
    if (!Micros.storable(draft.start())) {
      errors.add("start", OUT_OF_RANGE);
    }
    if (!Micros.storable(draft.end())) {
      errors.add("end", OUT_OF_RANGE);
    }
    errors.throwIfAny();
    if (!draft.end().isAfter(draft.start())) {
      throw ValidationException.of(FieldErrors.NON_FIELD, DowntimeRules.END_BEFORE_START);
    }
  }

  /**
   * Checks a downtime to be stored with its own times, e.g. restored from an export.
   *
   * @throws ValidationException naming every field the database could not store faithfully
   */
  static void check(Downtime downtime) {
    check(downtime.toDraft());
    FieldErrors errors = new FieldErrors();
    if (!Micros.storable(downtime.created())) {
      errors.add("created", OUT_OF_RANGE);
    }
    if (!Micros.storable(downtime.modified())) {
      errors.add("modified", OUT_OF_RANGE);
    }
    errors.throwIfAny();
  }

  /** Checks one text value, e.g. of a user account. */
  static void check(String field, String value) {
    FieldErrors errors = new FieldErrors();
    text(errors, field, value);
    errors.throwIfAny();
  }

  /** Whether a value could be stored unchanged; a filter value that could not can match no stored row. */
  static boolean storable(String value) {
    return problem(value) == null;
  }

  private static void text(FieldErrors errors, String field, String value) {
    String problem = problem(value);
    if (problem != null) {
      errors.add(field, problem);
    }
  }

  private static String problem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\0') {
        return NUL;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return SURROGATE;
        }
      } else if (Character.isLowSurrogate(c)) {
        return SURROGATE;
      }
    }
    return null;
  }
}
