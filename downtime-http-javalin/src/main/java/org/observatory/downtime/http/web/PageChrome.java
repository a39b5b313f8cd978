package org.observatory.downtime.http.web;

import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** Builds the {@link Layout} every page shares from the settings and the current catalogue. */
final class PageChrome {

  static final String NO_CATALOGUE = "The instrument catalogue (ConfigDB) could not be loaded: choices are not "
      + "checked and downtimes cannot be saved until it is back.";

  private final String logoUrl;
  private final InstrumentCatalogue catalogue;

  PageChrome(String logoUrl, InstrumentCatalogue catalogue) {
    this.logoUrl = Objects.requireNonNull(logoUrl, "logoUrl");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  Layout publicPage(String title) {
    return layout(title, false, "", "");
  }

  Layout adminPage(String title, String username, String csrfToken) {
    return layout(title, true, username, csrfToken);
  }

  private Layout layout(String title, boolean admin, String username, String csrfToken) {
    Optional<Catalogue> current = catalogue.current();
    return new Layout(title, logoUrl, current.map(Catalogue::demo).orElse(false),
        current.isPresent() ? "" : NO_CATALOGUE, username, csrfToken, admin);
  }
}
