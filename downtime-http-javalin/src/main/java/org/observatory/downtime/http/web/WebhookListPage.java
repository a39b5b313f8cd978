package org.observatory.downtime.http.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.observatory.downtime.core.model.WebhookReport;

/**
 * The admin page of webhook subscriptions: each with its backlog, and the form to add one.
 *
 * @param reports   the subscriptions, oldest first
 * @param form      the add form as typed
 * @param errors    the add form's errors by field
 * @param csrfToken the forms' CSRF token
 */
public record WebhookListPage(Layout layout, List<WebhookReport> reports, WebhookForm form,
                              Map<String, List<String>> errors, String csrfToken) {

  public WebhookListPage {
    Objects.requireNonNull(layout, "layout");
    reports = List.copyOf(reports);
    Objects.requireNonNull(form, "form");
    errors = Map.copyOf(errors);
    Objects.requireNonNull(csrfToken, "csrfToken");
  }

  /** The messages of one field, joined, or {@code ""}. */
  public String error(String field) {
    return String.join(" ", errors.getOrDefault(field, List.of()));
  }
}
