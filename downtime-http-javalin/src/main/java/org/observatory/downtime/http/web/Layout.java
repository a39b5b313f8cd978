package org.observatory.downtime.http.web;

import java.util.Objects;

/**
 * What every page shows around its content: navbar, banners, the logged-in user.
 *
 * @param title        page title, without the site name
 * @param logoUrl      the observatory's logo ({@code LOGO_URL}), or {@code ""} for none
 * @param demoCatalogue whether the bundled demo network is in use (a banner says so)
 * @param catalogueNote a warning about the catalogue for people, or {@code ""}
 * @param username     the logged-in admin user, or {@code ""}
 * @param csrfToken    token for forms posted from this page (the logout button), or {@code ""}
 * @param admin        whether this is one of the admin pages
 */
public record Layout(String title, String logoUrl, boolean demoCatalogue, String catalogueNote, String username,
    String csrfToken, boolean admin) {

  public Layout {
    Objects.requireNonNull(title, "title");
    logoUrl = logoUrl == null ? "" : logoUrl;
    catalogueNote = catalogueNote == null ? "" : catalogueNote;
    username = username == null ? "" : username;
    csrfToken = csrfToken == null ? "" : csrfToken;
  }

  /** Whether someone is logged in to the admin pages. */
  public boolean loggedIn() {
    return !username.isEmpty();
  }
}
