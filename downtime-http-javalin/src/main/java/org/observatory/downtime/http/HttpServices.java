package org.observatory.downtime.http;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
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
import org.observatory.downtime.http.api.ApiUseCases;
import org.observatory.downtime.http.web.PageUseCases;

/**
 * The core use cases (and the few ports) the HTTP adapter serves, wired by the composition root. Each use case
 * decides who may do what; the adapter only establishes who is asking.
 *
 * @param users             takes in the profiles the Observation Portal pushes; the admin's accounts page
 * @param catalogue         the instrument catalogue, for the choices the list filters and the pages offer
 * @param databaseReachable whether the database answers right now, for {@code /readyz}; must never throw
 * @param changes           the change feed
 * @param nights            observing nights at the catalogue's sites
 * @param webhooks          staff managing webhook subscriptions
 */
public record HttpServices(
    CreateDowntimeUseCase create,
    FindDowntimesUseCase find,
    UpdateDowntimeUseCase update,
    DeleteDowntimeUseCase delete,
    RecurringDowntimeUseCase recurring,
    HistoryUseCase history,
    AvailabilityUseCase availability,
    AuthenticateUseCase authenticate,
    ManageUsersUseCase users,
    InstrumentCatalogue catalogue,
    BooleanSupplier databaseReachable,
    ChangeFeedUseCase changes,
    NightsUseCase nights,
    ManageWebhooksUseCase webhooks) {

  public HttpServices {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(find, "find");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(recurring, "recurring");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(databaseReachable, "databaseReachable");
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(nights, "nights");
    Objects.requireNonNull(webhooks, "webhooks");
  }

  /** The use cases behind the API's routes. */
  ApiUseCases api() {
    return new ApiUseCases(create, find, update, delete, recurring, history, availability, users, catalogue,
        databaseReachable, changes, nights, webhooks);
  }

  /** The use cases behind the web pages. */
  PageUseCases pages() {
    return new PageUseCases(create, find, update, delete, recurring, history, authenticate, catalogue,
        nights, users, webhooks);
  }
}
