package org.observatory.downtime.core.query;

import java.util.Comparator;
import java.util.List;
import org.observatory.downtime.core.model.Downtime;

/**
 * The order of a result: sort keys, then id ascending to break ties.
 *
 * @param keys the keys, never empty (an empty list given means creation order)
 */
public record Sort(List<SortKey> keys) {

  private static final List<SortKey> CREATION_KEYS =
      List.of(SortKey.asc(SortField.CREATED), SortKey.asc(SortField.ID));

  /** Creation order (created, then id): when no order is asked for. */
  public static final Sort CREATION = new Sort(CREATION_KEYS);

  public Sort {
    keys = keys == null || keys.isEmpty() ? CREATION_KEYS : List.copyOf(keys);
  }

  /** The order of this sort: the keys, then id ascending. */
  public Comparator<Downtime> comparator() {
    Comparator<Downtime> result = keys.get(0).comparator();
    for (SortKey key : keys.subList(1, keys.size())) {
      result = result.thenComparing(key.comparator());
    }
    return result.thenComparing(SortField.ID.comparator());
  }
}
