package org.observatory.downtime.core.port.in;

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
}
