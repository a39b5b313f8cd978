package org.observatory.downtime.core.port.in;

import java.util.function.Supplier;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.User;

/** Changing a stored downtime (PUT, PATCH, the admin edit form): load, authorise, apply, validate. */
public interface UpdateDowntimeUseCase {

  /**
   * Applies an input to a stored downtime; its id, creation time, creator and series are kept.
   *
   * @param input read only once the downtime is found and the actor may change it (as the old service answered:
   *              404, then 403, then any complaint about the input)
   * @param mode  {@link DraftBinder.Mode#REPLACE} (every required field given) or {@link DraftBinder.Mode#MERGE}
   *              (absent fields keep their value)
   * @throws org.observatory.downtime.core.model.NotFoundException         when there is no such downtime
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not change it
   * @throws org.observatory.downtime.core.model.ValidationException       when the new values are invalid
   * @throws IllegalArgumentException when {@code mode} is {@link DraftBinder.Mode#CREATE}
   */
  Downtime update(long id, Supplier<DowntimeInput> input, DraftBinder.Mode mode, User actor);

  /** {@link #update(long, Supplier, DraftBinder.Mode, User)} with input at hand. */
  default Downtime update(long id, DowntimeInput input, DraftBinder.Mode mode, User actor) {
    return update(id, () -> input, mode, actor);
  }
}
