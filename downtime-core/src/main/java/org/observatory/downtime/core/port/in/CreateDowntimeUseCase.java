package org.observatory.downtime.core.port.in;

import java.util.List;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.User;

/** Creating downtimes: validated against the rules and the current instrument catalogue. */
public interface CreateDowntimeUseCase {

  /**
   * Creates one downtime; {@code createdBy} is set to the actor's username when the draft leaves it empty.
   *
   * @throws org.observatory.downtime.core.model.ValidationException       when a field or the combination is invalid
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not create
   * @throws org.observatory.downtime.core.model.CatalogueUnavailableException when no catalogue is loaded
   */
  Downtime create(DowntimeDraft draft, User actor);

  /**
   * Creates several downtimes all-or-nothing (an import): every draft is validated first, and the first invalid
   * one is reported with its position (1-based) in the message and nothing is written.
   *
   * @throws org.observatory.downtime.core.model.ValidationException naming the position and the failing fields
   */
  List<Downtime> createAll(List<DowntimeDraft> drafts, User actor);
}
