package org.observatory.downtime.configdb;

import java.util.List;
import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue.Site;

/** The sites of one ConfigDB answer, and the link to the next page when the answer is paginated. */
record SitesPage(List<Site> sites, Optional<String> next) {

  SitesPage {
    sites = List.copyOf(sites);
    next = next == null ? Optional.empty() : next;
  }
}
