package org.observatory.downtime.core.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.query.DowntimeQuery;

/** Reading downtimes; open to anyone. */
public interface FindDowntimesUseCase {

  /**
   * The downtime with this id.
   *
   * @throws org.observatory.downtime.core.model.NotFoundException when there is none
   */
  Downtime get(long id);

  /** The page of downtimes the query selects, with the total count. */
  DowntimePage list(DowntimeQuery query);

  /** Every downtime the query selects, streamed in order (for exports and feeds). */
  void forEach(DowntimeQuery query, Consumer<? super Downtime> action);

  /**
   * The version of the stored downtimes, read afresh on every call: it changes with every write through any instance
   * sharing the store (creations, updates, deletions) and never goes back, so an answer built from reads may be reused
   * while it stays equal.
   *
   * @return the version, or empty when this implementation cannot tell (then answers must not be reused)
   */
  default Optional<Instant> dataVersion() {
    return Optional.empty();
  }
}
