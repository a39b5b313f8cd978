package org.observatory.downtime.core.service;

import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.NightRequest;
import org.observatory.downtime.core.model.NightTimes;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.out.DarknessCalculator;

/** The nights of the catalogue's sites, for writes given as a night. */
final class SiteNights {

  private SiteNights() {
  }

  /** Nights from this catalogue's geography; {@code null} when there is no calculator (nights are then ignored). */
  static NightTimes of(Optional<Catalogue> catalogue, DarknessCalculator darkness) {
    if (darkness == null) {
      return null;
    }
    return (site, request) -> {
      Catalogue current = catalogue.orElseThrow(() ->
          new org.observatory.downtime.core.model.CatalogueUnavailableException(CatalogueGuard.UNAVAILABLE));
      Catalogue.Site known = current.site(site)
          .orElseThrow(() -> ValidationException.of("site", DowntimeRules.notAChoice(site)));
      return known.geography()
          .map(geography -> darkness.night(geography, request.night(), request.twilight()))
          .orElseThrow(() -> ValidationException.of(NightRequest.FIELD, NightsUseCase.noCoordinates(site)));
    };
  }
}
