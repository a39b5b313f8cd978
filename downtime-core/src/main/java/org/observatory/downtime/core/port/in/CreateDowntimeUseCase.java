package org.observatory.downtime.core.port.in;

import java.util.function.Supplier;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.User;

/** Creating one downtime: the actor authorised, the input read and checked against the rules and the catalogue. */
public interface CreateDowntimeUseCase {

  /**
   * Creates one downtime; {@code createdBy} is the actor's username. The input's {@code recurrence} is not read
   * (see {@link RecurringDowntimeUseCase}).
   *
   * @param input read only once the actor is known to be allowed to create, so that a refusal of the actor comes
   *              before any complaint about the input (as the old service answered); it may throw the adapter's own
   *              refusal of unreadable input
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not create
   * @throws org.observatory.downtime.core.model.ValidationException       naming every invalid field, or the
   *                                                                       combination
   * @throws org.observatory.downtime.core.model.CatalogueUnavailableException when no catalogue is loaded
   */
  Downtime create(Supplier<DowntimeInput> input, User actor);

  /** {@link #create(Supplier, User)} with input at hand. */
  default Downtime create(DowntimeInput input, User actor) {
    return create(() -> input, actor);
  }
}
