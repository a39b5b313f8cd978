package org.observatory.downtime.http.web;

import java.util.List;
import java.util.Objects;

/**
 * Asks to confirm deleting one or several downtimes.
 *
 * @param rows      the downtimes that will be deleted
 * @param action    where the confirmation posts to
 * @param bulk      whether several were selected in the list (their ids are posted back)
 * @param csrfToken the form's CSRF token
 */
public record DeleteConfirmPage(Layout layout, List<DowntimeRow> rows, String action, boolean bulk, String csrfToken) {

  public DeleteConfirmPage {
    Objects.requireNonNull(layout, "layout");
    rows = List.copyOf(rows);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(csrfToken, "csrfToken");
  }
}
