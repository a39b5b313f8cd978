package org.observatory.downtime.cli;

import java.util.Objects;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.in.ImportDowntimesUseCase;
import org.observatory.downtime.core.port.in.ManageUsersUseCase;
import org.observatory.downtime.core.port.in.ManageWebhooksUseCase;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.in.PersonalTokensUseCase;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/**
 * The use cases and application callbacks the commands are built with.
 *
 * @param create    creating downtimes ({@code create})
 * @param find      reading downtimes ({@code list}, {@code export}, {@code delete})
 * @param delete    deleting downtimes
 * @param users     local accounts ({@code create-user})
 * @param catalogue the current catalogue, to check the site/enclosure/... filters of {@code list} and {@code export}
 * @param server    runs the HTTP server ({@code serve})
 * @param migrator  migrates the schema ({@code migrate})
 * @param recurring recurring series ({@code create --recurrence})
 * @param imports   importing files ({@code import}): exported rows restored with their ids, new rows created
 * @param nights    observing nights and the dark time lost ({@code report})
 * @param tokens    personal API tokens ({@code token})
 * @param backup    copies the database ({@code backup})
 * @param webhooks  webhook subscriptions ({@code webhook add|list|remove|test})
 */
public record CliServices(
    CreateDowntimeUseCase create,
    FindDowntimesUseCase find,
    DeleteDowntimeUseCase delete,
    ManageUsersUseCase users,
    InstrumentCatalogue catalogue,
    ServerRunner server,
    SchemaMigrator migrator,
    RecurringDowntimeUseCase recurring,
    ImportDowntimesUseCase imports,
    NightsUseCase nights,
    PersonalTokensUseCase tokens,
    DatabaseBackup backup,
    ManageWebhooksUseCase webhooks) {

  public CliServices {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(find, "find");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(migrator, "migrator");
    Objects.requireNonNull(recurring, "recurring");
    Objects.requireNonNull(imports, "imports");
    Objects.requireNonNull(nights, "nights");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(backup, "backup");
    Objects.requireNonNull(webhooks, "webhooks");
  }
}
