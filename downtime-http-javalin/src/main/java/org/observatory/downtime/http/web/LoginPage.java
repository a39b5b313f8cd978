package org.observatory.downtime.http.web;

import java.util.Objects;

/**
 * The admin login form.
 *
 * @param username  what was typed, shown again after a failure
 * @param error     why the login failed, or {@code ""}
 * @param notice    an informational message (e.g. after logging out), or {@code ""}
 * @param next      where to go after logging in (a path under {@code /admin/})
 * @param csrfToken the form's CSRF token
 */
public record LoginPage(Layout layout, String username, String error, String notice, String next, String csrfToken) {

  public LoginPage {
    Objects.requireNonNull(layout, "layout");
    username = username == null ? "" : username;
    error = error == null ? "" : error;
    notice = notice == null ? "" : notice;
    next = next == null ? "" : next;
    Objects.requireNonNull(csrfToken, "csrfToken");
  }
}
