package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.model.WebhookDraft;
import org.observatory.downtime.core.model.WebhookFilter;

/**
 * What the admin page's subscription form holds, as typed (shown again with the errors); the secret is never kept
 * here, so it is never written back into the page.
 *
 * @param events the wire names of the event types ticked; none ticked sends every type
 */
public record WebhookForm(String url, String site, String telescope, String category, List<String> events,
                          boolean active) {

  /** The empty form: active, every event. */
  public static final WebhookForm EMPTY = new WebhookForm("", "", "", "", List.of(), true);

  public WebhookForm {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(telescope, "telescope");
    Objects.requireNonNull(category, "category");
    events = List.copyOf(events);
  }

  /** The form as posted. */
  static WebhookForm from(Context ctx) {
    return new WebhookForm(text(ctx, "url"), text(ctx, "site"), text(ctx, "telescope"), text(ctx, "category"),
        ctx.formParams("events"), ctx.formParam("active") != null);
  }

  /** The draft to make, with the secret posted alongside. */
  WebhookDraft draft(String secret) {
    Set<ChangeEvent.Type> types = EnumSet.noneOf(ChangeEvent.Type.class);
    for (ChangeEvent.Type type : ChangeEvent.Type.values()) {
      if (events.contains(type.wireName())) {
        types.add(type);
      }
    }
    return new WebhookDraft(url, secret.isBlank() ? Optional.empty() : Optional.of(secret),
        new WebhookFilter(present(site), present(telescope), present(category), types), active);
  }

  /** Whether an event type is ticked. */
  public boolean ticked(ChangeEvent.Type type) {
    return events.contains(type.wireName());
  }

  private static String text(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.strip();
  }

  private static Optional<String> present(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
