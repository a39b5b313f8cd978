package org.observatory.downtime.core.query;

import java.util.Comparator;
import java.util.Objects;
import org.observatory.downtime.core.model.Downtime;

/**
 * One ordering criterion: a field, ascending or descending.
 *
 * @param field      the field
 * @param descending {@code true} for {@code -field}
 */
public record SortKey(SortField field, boolean descending) {

  public SortKey {
    Objects.requireNonNull(field, "field");
  }

  public static SortKey asc(SortField field) {
    return new SortKey(field, false);
  }

  public static SortKey desc(SortField field) {
    return new SortKey(field, true);
  }

  public Comparator<Downtime> comparator() {
    return descending ? field.comparator().reversed() : field.comparator();
  }

  /** As written in {@code order}: {@code start} or {@code -start}. */
  @Override
  public String toString() {
    return (descending ? "-" : "") + field.apiName();
  }
}
