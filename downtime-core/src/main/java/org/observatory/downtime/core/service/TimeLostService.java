package org.observatory.downtime.core.service;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.observatory.downtime.core.availability.TimeLost;
import org.observatory.downtime.core.availability.TimeLostQuery;
import org.observatory.downtime.core.availability.TimeLostReport;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.out.DarknessCalculator;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;

/** The dark-time-lost report: each (site, night) computed once, the downtimes read in one pass. */
final class TimeLostService {

  // Read in time order, the per-telescope interval lists are built already sorted (merging them is then linear).
  static final List<SortKey> IN_TIME_ORDER = List.of(SortKey.asc(SortField.START), SortKey.asc(SortField.END));

  private final DowntimeRepository downtimes;
  private final DarknessCalculator darkness;

  TimeLostService(DowntimeRepository downtimes, DarknessCalculator darkness) {
    this.downtimes = downtimes;
    this.darkness = darkness;
  }

  TimeLostReport report(TimeLostQuery query, Catalogue catalogue) {
    FieldErrors errors = new FieldErrors();
    if (query.last().isBefore(query.first())) {
      errors.add("end", "Must not be before start.");
    } else if (ChronoUnit.DAYS.between(query.first(), query.last()) + 1 > TimeLostReport.MAX_NIGHTS) {
      errors.add("end", "At most " + TimeLostReport.MAX_NIGHTS + " nights per report.");
    }
    FilterTerms.checkChoices(errors, "site", new TreeSet<>(query.sites()), java.util.Optional.of(catalogue));
    FilterTerms.checkChoices(errors, "telescope", new TreeSet<>(query.telescopes()),
        java.util.Optional.of(catalogue));
    errors.throwIfAny();
    Map<String, Catalogue.Location> counted = new LinkedHashMap<>();
    for (Catalogue.Location location : catalogue.locations()) {
      if ((query.sites().isEmpty() || query.sites().contains(location.site()))
          && (query.telescopes().isEmpty() || query.telescopes().contains(location.telescope()))) {
        counted.putIfAbsent(location.site() + "." + location.enclosure() + "." + location.telescope(), location);
      }
    }
    Set<String> sites = new TreeSet<>();
    counted.values().forEach(location -> sites.add(location.site()));
    Map<String, List<Night>> nightsBySite = new HashMap<>();
    for (String site : sites) {
      catalogue.site(site).flatMap(Catalogue.Site::geography).ifPresentOrElse(
          geography -> nightsBySite.put(site, darkness.nights(geography, query.first(), query.last(),
              query.twilight())),
          () -> errors.add("site", NightsUseCase.noCoordinates(site)));
    }
    errors.throwIfAny();
    Map<String, List<Night>> telescopes = new LinkedHashMap<>();
    counted.forEach((key, location) -> telescopes.put(key, nightsBySite.get(location.site())));
    List<Downtime> found = new ArrayList<>();
    span(nightsBySite).ifPresent(span -> downtimes.forEach(DowntimeQuery.builder()
        .site(sites.toArray(String[]::new)).telescope(query.telescopes().toArray(String[]::new))
        .category(query.categories().toArray(String[]::new)).overlapping(span[0], span[1])
        .order(IN_TIME_ORDER).limit(DowntimeQuery.UNLIMITED).build(), found::add));
    return TimeLost.report(query, telescopes, found);
  }

  // The first darkness start and the last darkness end of all the nights.
  private static java.util.Optional<java.time.Instant[]> span(Map<String, List<Night>> nightsBySite) {
    java.time.Instant first = null;
    java.time.Instant last = null;
    for (List<Night> nights : nightsBySite.values()) {
      for (Night night : nights) {
        if (night.isDark()) {
          first = first == null || night.darkStart().get().isBefore(first) ? night.darkStart().get() : first;
          last = last == null || night.darkEnd().get().isAfter(last) ? night.darkEnd().get() : last;
        }
      }
    }
    return first == null ? java.util.Optional.empty() : java.util.Optional.of(new java.time.Instant[] {first, last});
  }
}
