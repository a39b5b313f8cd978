package org.observatory.downtime.core.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.availability.NightLosses;
import org.observatory.downtime.core.availability.NightsReport;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.port.out.DarknessCalculator;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.model.NightRequest;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.core.query.SiteWindow;

/** Resolves nights with the catalogue's site geography and the darkness calculator, and counts what downtimes take. */
final class NightsService implements NightsUseCase {

  private final DowntimeRepository downtimes;
  private final InstrumentCatalogue catalogue;
  private final DarknessCalculator darkness;

  NightsService(DowntimeRepository downtimes, InstrumentCatalogue catalogue, DarknessCalculator darkness) {
    this.downtimes = Objects.requireNonNull(downtimes, "downtimes");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.darkness = Objects.requireNonNull(darkness, "darkness");
  }

  @Override
  public org.observatory.downtime.core.availability.TimeLostReport timeLost(
      org.observatory.downtime.core.availability.TimeLostQuery query) {
    return new TimeLostService(downtimes, darkness).report(query, CatalogueGuard.require(catalogue));
  }

  @Override
  public NightsReport nights(String site, LocalDate first, LocalDate last, Twilight twilight, Set<String> telescopes) {
    Catalogue current = CatalogueGuard.require(catalogue);
    FieldErrors errors = new FieldErrors();
    Optional<Catalogue.Site> known = current.site(site);
    if (known.isEmpty()) {
      errors.add("site", FilterTerms.notAvailable(site));
    } else if (known.get().geography().isEmpty()) {
      errors.add("site", NightsUseCase.noCoordinates(site));
    }
    if (last.isBefore(first)) {
      errors.add("end", "Must not be before start.");
    } else if (ChronoUnit.DAYS.between(first, last) + 1 > NightsReport.MAX_NIGHTS) {
      errors.add("end", "At most " + NightsReport.MAX_NIGHTS + " nights per request.");
    }
    errors.throwIfAny();
    List<Night> nights = darkness.nights(known.get().geography().orElseThrow(), first, last, twilight);
    List<Instant> edges = nights.stream().filter(Night::isDark)
        .flatMap(night -> java.util.stream.Stream.of(night.darkStart().orElseThrow(), night.darkEnd().orElseThrow()))
        .sorted().toList();
    List<Downtime> candidates = new ArrayList<>();
    if (!edges.isEmpty()) {
      DowntimeQuery query = DowntimeQuery.builder().site(site).telescope(telescopes.toArray(String[]::new))
          .overlapping(edges.get(0), edges.get(edges.size() - 1)).order(TimeLostService.IN_TIME_ORDER)
          .limit(DowntimeQuery.UNLIMITED).build();
      downtimes.forEach(query, candidates::add);
    }
    // In start order, each night looks only at the downtimes that can reach it: those starting between its dark start
    // minus the longest duration and its dark end (a binary search each), not at all of them.
    candidates.sort(java.util.Comparator.comparing(Downtime::start));
    java.time.Duration longest = candidates.stream().map(d -> java.time.Duration.between(d.start(), d.end()))
        .max(java.time.Duration::compareTo).orElse(java.time.Duration.ZERO);
    List<NightLosses> entries = new ArrayList<>();
    for (Night night : nights) {
      List<Downtime> near = night.isDark() ? candidates.subList(
          firstStartingAt(candidates, night.darkStart().orElseThrow().minus(longest)),
          firstStartingAt(candidates, night.darkEnd().orElseThrow().plusNanos(1000))) : List.of();
      entries.add(NightLosses.of(night, near));
    }
    return new NightsReport(site, twilight, entries);
  }

  // The index of the first downtime (in start order) starting at or after t.
  private static int firstStartingAt(List<Downtime> sorted, Instant t) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted.get(middle).start().isBefore(t)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  @Override
  public List<SiteWindow> darkness(NightRequest request, Set<String> sites, String field) {
    Catalogue current = CatalogueGuard.require(catalogue);
    List<String> codes = sites.isEmpty() ? current.sites().stream().map(Catalogue.Site::code).sorted().toList()
        : sites.stream().sorted().toList();
    FieldErrors errors = new FieldErrors();
    List<SiteWindow> windows = new ArrayList<>();
    for (String code : codes) {
      java.util.Optional<SiteGeography> geography = current.site(code).flatMap(Catalogue.Site::geography);
      if (geography.isEmpty()) {
        // A code the catalogue does not know is refused by the site filter itself; it has no night either.
        if (current.site(code).isPresent()) {
          errors.add(field, NightsUseCase.noCoordinates(code));
        }
        continue;
      }
      Night night = darkness.night(geography.get(), request.night(), request.twilight());
      if (night.isDark()) {
        windows.add(new SiteWindow(code, night.darkStart().orElseThrow(), night.darkEnd().orElseThrow()));
      }
    }
    errors.throwIfAny();
    return List.copyOf(windows);
  }
}
