package org.observatory.downtime.core.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.observatory.downtime.core.availability.NightsReport;
import org.observatory.downtime.core.model.NightRequest;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.query.SiteWindow;

/** Observing nights at the catalogue's sites: when it is dark there. Open to anyone. */
public interface NightsUseCase {

  /** The message for a site the catalogue gives no coordinates for, under the field that asked for a night. */
  static String noCoordinates(String site) {
    return "Site \"" + site + "\" has no coordinates (lat, long) in the catalogue, so its nights cannot be computed.";
  }

  /**
   * The darkness of one night at each site, for a list filter: the windows a downtime must overlap at its own site.
   * A site whose night has no darkness (polar day) has no window.
   *
   * @param request the night and twilight
   * @param sites   the sites to compute; empty for every site of the catalogue
   * @param field   the field the night was asked under, for refusals (e.g. {@code night})
   * @throws org.observatory.downtime.core.model.ValidationException under {@code field} when one of the sites has no
   *                                                                 coordinates in the catalogue
   * @throws org.observatory.downtime.core.model.CatalogueUnavailableException when no catalogue is loaded
   */
  List<SiteWindow> darkness(NightRequest request, Set<String> sites, String field);

  /**
   * The nights of every local date from {@code first} to {@code last} at a site, each with the downtimes overlapping
   * its darkness and the dark hours they took per telescope (whole-telescope downtimes apart from single instruments).
   *
   * @param telescopes telescope codes to count; empty for every telescope of the site
   * @throws org.observatory.downtime.core.model.ValidationException under {@code site} when the catalogue does not
   *     know the site or has no coordinates for it, under {@code end} when {@code last} is before {@code first} or the
   *     range has more than {@link NightsReport#MAX_NIGHTS} nights
   */
  NightsReport nights(String site, LocalDate first, LocalDate last, Twilight twilight, Set<String> telescopes);

  /**
   * The dark time lost to downtimes over the nights of a range, by telescope, category or month: darkness per
   * telescope from its site's nights, lost hours the merged overlap of whole-telescope downtimes with it (clipped to
   * darkness), single-instrument hours apart.
   *
   * @throws org.observatory.downtime.core.model.ValidationException under {@code site} or {@code telescope} for codes
   *     the catalogue does not offer or sites without coordinates, under {@code end} for a range that is empty or
   *     longer than {@link org.observatory.downtime.core.availability.TimeLostReport#MAX_NIGHTS} nights
   */
  org.observatory.downtime.core.availability.TimeLostReport timeLost(
      org.observatory.downtime.core.availability.TimeLostQuery query);
}
