package org.observatory.downtime.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects field errors while validating, then throws them together as one {@link ValidationException}. */
public final class FieldErrors {

  /** The key for errors that concern several fields together. */
  public static final String NON_FIELD = "non_field_errors";

  public static final String REQUIRED = "This field is required.";
  public static final String NOT_NULL = "This field may not be null.";

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  /** Records one message for a field; a field may collect several. */
  public FieldErrors add(String field, String message) {
    errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    return this;
  }

  /** Adds every error of a refusal, e.g. from a nested validation. */
  public FieldErrors addAll(ValidationException refusal) {
    refusal.errors().forEach((field, messages) -> messages.forEach(message -> add(field, message)));
    return this;
  }

  public boolean has(String field) {
    return errors.containsKey(field);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws a {@link ValidationException} carrying every error collected so far, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** The message for a text longer than allowed, as the old service wrote it. */
  public static String tooLong(int max) {
    return "Ensure this field has no more than " + max + " characters.";
  }
}
