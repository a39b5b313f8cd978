package org.observatory.downtime.http.api;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.observatory.downtime.core.port.in.AvailabilityUseCase;
import org.observatory.downtime.core.port.in.ChangeFeedUseCase;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.HistoryUseCase;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.core.port.in.UpdateDowntimeUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/**
 * The core use cases (and the few ports) behind the routes of {@link ApiRoutes}.
 *
 * @param users             takes in the profiles the Observation Portal pushes
 * @param databaseReachable whether the database answers right now, for {@code /readyz}; must never throw
 * @param changes           the change feed
 * @param nights            observing nights at the catalogue's sites
 * @param webhooks          staff managing webhook subscriptions
 */
public record ApiUseCases(
    CreateDowntimeUseCase create,
    FindDowntimesUseCase find,
    UpdateDowntimeUseCase update,
    DeleteDowntimeUseCase delete,
    RecurringDowntimeUseCase recurring,
    HistoryUseCase history,
    AvailabilityUseCase availability,
    ManageUsersUseCase users,
    InstrumentCatalogue catalogue,
    BooleanSupplier databaseReachable,
    ChangeFeedUseCase changes,
    NightsUseCase nights,
    ManageWebhooksUseCase webhooks) {

  public ApiUseCases {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(find, "find");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(recurring, "recurring");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(databaseReachable, "databaseReachable");
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(nights, "nights");
    Objects.requireNonNull(webhooks, "webhooks");
  }
}
