package org.observatory.downtime.http.api;

import java.util.Objects;
import org.observatory.downtime.core.model.DowntimeInput;

/**
 * A write's body, read once: the fields as the use case will bind them, or the reason they could not be read (bad
 * JSON, unsupported media type, too large). That reason is given only when the use case asks for the input, so the
 * client first hears about its credentials, the downtime and its permission, as the old service answered.
 */
final class WriteBody {

  private final DowntimeInput input;
  private final RuntimeException unreadable;

  private WriteBody(DowntimeInput input, RuntimeException unreadable) {
    this.input = input;
    this.unreadable = unreadable;
  }

  static WriteBody of(DowntimeInput input) {
    return new WriteBody(Objects.requireNonNull(input, "input"), null);
  }

  static WriteBody unreadable(RuntimeException reason) {
    return new WriteBody(null, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The fields of the body.
   *
   * @throws RuntimeException the refusal of an unreadable body (400, 413, 415)
   */
  DowntimeInput input() {
    if (unreadable != null) {
      throw unreadable;
    }
    return input;
  }

  /** Whether the body asks for a recurring series (a {@code recurrence} that is not blank); never for an unreadable one. */
  boolean recurring() {
    return input != null && input.recurrenceGiven().isPresent();
  }
}
