package org.observatory.downtime.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input was refused; carries every failing field with its messages, in the order they were found.
 *
 * <p>Field names are those of the API representation ({@code start}, {@code instrument_type}, ...);
 * errors that concern several fields together are under {@link FieldErrors#NON_FIELD}.
 */
public class ValidationException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<String>> errors;

  public ValidationException(Map<String, List<String>> errors) {
    super(describe(errors));
    this.errors = copy(errors);
  }

  /** A refusal of one field with one message. */
  public static ValidationException of(String field, String message) {
    return new ValidationException(Map.of(field, List.of(message)));
  }

  /** Every failing field with its messages, in the order they were found. */
  public Map<String, List<String>> errors() {
    return errors;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> errors) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static String describe(Map<String, List<String>> errors) {
    StringBuilder text = new StringBuilder();
    errors.forEach((field, messages) -> {
      for (String message : messages) {
        if (!text.isEmpty()) {
          text.append("; ");
        }
        text.append(field).append(": ").append(message);
      }
    });
    return text.toString();
  }
}
