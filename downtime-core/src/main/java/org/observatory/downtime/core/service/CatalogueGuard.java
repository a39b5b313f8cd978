package org.observatory.downtime.core.service;

import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.CatalogueUnavailableException;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** The catalogue a write is validated against; refuses writes while none has been loaded. */
final class CatalogueGuard {

  static final String UNAVAILABLE =
      "The instrument catalogue (ConfigDB) is unavailable, so downtimes cannot be validated. Try again later.";

  private CatalogueGuard() {
  }

  static Catalogue require(InstrumentCatalogue catalogue) {
    return catalogue.current().orElseThrow(() -> new CatalogueUnavailableException(UNAVAILABLE));
  }
}
