package org.observatory.downtime.http.web;

import java.util.Objects;
import org.observatory.downtime.core.model.WebhookReport;

/**
 * The admin page of one webhook subscription: its filters, backlog and latest attempts, each with a redeliver
 * button.
 *
 * @param report    the subscription and how its deliveries stand
 * @param notice    what the last action did (a test ping's answer, a redelivery), or {@code ""}
 * @param csrfToken the forms' CSRF token
 */
public record WebhookDetailPage(Layout layout, WebhookReport report, String notice, String csrfToken) {

  public WebhookDetailPage {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(csrfToken, "csrfToken");
  }
}
