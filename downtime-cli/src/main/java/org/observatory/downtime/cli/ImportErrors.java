package org.observatory.downtime.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.ValidationException;

/** Collects the bad rows of an import file, then refuses them all together so that nothing is imported. */
final class ImportErrors {

  /** At most this many rows are described; the rest are counted. */
  static final int MAX_REPORTED = 20;

  private final List<String> messages = new ArrayList<>();
  private int count;

  void add(int row, String message) {
    count++;
    if (messages.size() < MAX_REPORTED) {
      messages.add("Row " + row + ": " + message);
    }
  }

  /** @throws ValidationException with one line per reported row and a closing "Nothing was imported." */
  void throwIfAny() {
    if (count == 0) {
      return;
    }
    List<String> all = new ArrayList<>(messages);
    if (count > messages.size()) {
      all.add("... and " + (count - messages.size()) + " more bad rows");
    }
    all.add("Nothing was imported.");
    throw new ValidationException(Map.of(FieldErrors.NON_FIELD, all));
  }
}
