package org.observatory.downtime.core.port.in;

import java.util.Collection;
import java.util.List;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.User;

/** Deleting downtimes; the audit trail keeps what was deleted. */
public interface DeleteDowntimeUseCase {

  /**
   * Deletes one downtime.
   *
   * @throws org.observatory.downtime.core.model.NotFoundException         when there is no such downtime
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not delete it
   */
  Downtime delete(long id, User actor);

  /**
   * Deletes several downtimes all-or-nothing; when the actor may not delete one of them, none is deleted.
   * Ids that do not exist are ignored.
   *
   * @return the deleted downtimes
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not delete one of them
   */
  List<Downtime> deleteAll(Collection<Long> ids, User actor);
}
