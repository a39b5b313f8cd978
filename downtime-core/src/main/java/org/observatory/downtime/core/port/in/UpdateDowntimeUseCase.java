package org.observatory.downtime.core.port.in;

import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.User;

/** Changing a stored downtime (PUT, PATCH, the admin edit form). */
public interface UpdateDowntimeUseCase {

  /**
   * Replaces the values of a downtime; its id, creation time and creator are kept.
   *
   * @throws org.observatory.downtime.core.model.NotFoundException         when there is no such downtime
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not change it
   * @throws org.observatory.downtime.core.model.ValidationException       when the new values are invalid
   */
  Downtime update(long id, DowntimeDraft values, User actor);
}
