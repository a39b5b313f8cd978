package org.observatory.downtime.http.web;

import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.model.AccountSummary;

/**
 * The admin's accounts page: every account with buttons to disable, enable, give or take staff rights and delete.
 *
 * @param accounts      every account, ordered by username
 * @param you           the logged-in user's name (their own row has no buttons: nobody locks themselves out)
 * @param notice        what the last change did, or {@code ""}
 * @param confirmDelete the account whose deletion is to be confirmed, or {@code ""}
 * @param csrfToken     the forms' CSRF token
 */
public record AccountsPage(Layout layout, List<AccountSummary> accounts, String you, String notice,
                           String confirmDelete, String csrfToken) {

  public AccountsPage {
    Objects.requireNonNull(layout, "layout");
    accounts = List.copyOf(accounts);
    Objects.requireNonNull(you, "you");
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(confirmDelete, "confirmDelete");
    Objects.requireNonNull(csrfToken, "csrfToken");
  }
}
