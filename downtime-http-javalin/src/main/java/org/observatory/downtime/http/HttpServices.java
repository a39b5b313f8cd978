package org.observatory.downtime.http;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.port.in.UpdateDowntimeUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.service.WritePolicy;

/**
 * The core use cases (and the few ports) the HTTP adapter serves, wired by the composition root.
 *
 * @param databaseReachable whether the database answers right now, for {@code /readyz}; must never throw
 */
public record HttpServices(
    CreateDowntimeUseCase create,
    FindDowntimesUseCase find,
    UpdateDowntimeUseCase update,
    DeleteDowntimeUseCase delete,
    AuthenticateUseCase authenticate,
    ManageUsersUseCase users,
    InstrumentCatalogue catalogue,
    WritePolicy writePolicy,
    BooleanSupplier databaseReachable) {

  public HttpServices {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(find, "find");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(writePolicy, "writePolicy");
    Objects.requireNonNull(databaseReachable, "databaseReachable");
  }
}
