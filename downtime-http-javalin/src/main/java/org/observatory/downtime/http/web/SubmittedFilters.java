package org.observatory.downtime.http.web;

import java.util.List;
import java.util.Map;

/** A filter form as the person submitted it, shown again with its values and the errors next to them. */
public interface SubmittedFilters {

  /** Every submitted parameter with its values. */
  Map<String, List<String>> values();

  /** Messages per parameter name. */
  Map<String, List<String>> errors();

  /** The last value given for a parameter, or {@code ""}. */
  default String value(String name) {
    List<String> given = values().get(name);
    return given == null || given.isEmpty() ? "" : given.get(given.size() - 1);
  }

  /** Whether {@code code} was chosen for a parameter (parameters may repeat). */
  default boolean selected(String name, String code) {
    return values().getOrDefault(name, List.of()).contains(code);
  }

  /** The error messages for a parameter joined for display, or {@code ""}. */
  default String error(String name) {
    return String.join(" ", errors().getOrDefault(name, List.of()));
  }
}
