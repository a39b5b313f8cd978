package org.observatory.downtime.core.model;

/**
 * One row of an import file: either a downtime exported from a store, restored with exactly its id, times,
 * creator and series, or the values of a new downtime that the store numbers and stamps as it would any creation.
 *
 * @param draft   the values of a new downtime, or {@code null} when the row restores one
 * @param restore the downtime to restore as it was exported, or {@code null} when the row creates one
 */
public record ImportRow(DowntimeDraft draft, Downtime restore) {

  public ImportRow {
    if ((draft == null) == (restore == null)) {
      throw new IllegalArgumentException("an import row either creates (draft) or restores (restore) a downtime");
    }
  }

  /** A row without an id: a new downtime. */
  public static ImportRow create(DowntimeDraft draft) {
    return new ImportRow(draft, null);
  }

  /** A row carrying an id: the downtime as it was stored. */
  public static ImportRow restore(Downtime downtime) {
    return new ImportRow(null, downtime);
  }

  /** Whether this row restores a downtime with its own id. */
  public boolean restores() {
    return restore != null;
  }

  /** The values the business rules are checked on. */
  public DowntimeDraft values() {
    return restores() ? restore.toDraft() : draft;
  }
}
