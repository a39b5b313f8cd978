package org.observatory.downtime.http.web;

import java.util.Objects;
import org.observatory.downtime.core.port.in.AuthenticateUseCase;
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
 * The core use cases (and the catalogue) behind the web pages.
 *
 * @param authenticate checks the admin login and resumes its sessions
 * @param catalogue    the choices the forms offer
 * @param nights       observing nights and the dark time lost ({@code /reports/})
 * @param users        the accounts page ({@code /admin/users/})
 * @param webhooks     webhook subscriptions ({@code /admin/webhooks/})
 */
public record PageUseCases(
    CreateDowntimeUseCase create,
    FindDowntimesUseCase find,
    UpdateDowntimeUseCase update,
    DeleteDowntimeUseCase delete,
    RecurringDowntimeUseCase recurring,
    HistoryUseCase history,
    AuthenticateUseCase authenticate,
    InstrumentCatalogue catalogue,
    NightsUseCase nights,
    ManageUsersUseCase users,
    ManageWebhooksUseCase webhooks) {

  public PageUseCases {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(find, "find");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(recurring, "recurring");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(authenticate, "authenticate");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(nights, "nights");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(webhooks, "webhooks");
  }
}
