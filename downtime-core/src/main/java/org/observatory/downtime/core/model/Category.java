package org.observatory.downtime.core.model;

import java.util.List;

/**
 * What a downtime is for: one of a fixed list of codes, or {@code ""} when it is not categorised (every downtime
 * stored before categories existed).
 */
public final class Category {

  /** The codes a downtime's category may take besides {@code ""}, in the order they are offered. */
  public static final List<String> CODES =
      List.of("maintenance", "engineering", "education", "realtime", "weather", "other");

  /** The field's name in the API representation and in filters. */
  public static final String FIELD = "category";

  /** No category. */
  public static final String NONE = "";

  private Category() {
  }

  /** Whether {@code code} is a category a downtime may have ({@code ""} included). */
  public static boolean valid(String code) {
    return NONE.equals(code) || CODES.contains(code);
  }
}
