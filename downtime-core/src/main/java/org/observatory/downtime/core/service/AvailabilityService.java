package org.observatory.downtime.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.observatory.downtime.core.availability.Availability;
import org.observatory.downtime.core.availability.AvailabilityReport;
import org.observatory.downtime.core.availability.Interval;
import org.observatory.downtime.core.availability.TelescopeAvailability;
import org.observatory.downtime.core.availability.TelescopeAvailability.InstrumentAvailability;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.port.in.AvailabilityUseCase;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.query.DowntimeQuery;

/** Builds availability reports from the downtimes overlapping a window, streamed from the repository. */
public final class AvailabilityService implements AvailabilityUseCase {

  private final DowntimeRepository repository;
  private final InstrumentCatalogue catalogue;

  public AvailabilityService(DowntimeRepository repository, InstrumentCatalogue catalogue) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  @Override
  public AvailabilityReport report(Interval window, DowntimeQuery filters) {
    if (window.isEmpty()) {
      throw new IllegalArgumentException("the window must not be empty");
    }
    DowntimeQuery query = filters.toBuilder()
        .startsAfter(null).startsBefore(null).endsAfter(null).endsBefore(null)
        .overlapping(window.start(), window.end())
        .limit(DowntimeQuery.UNLIMITED).offset(0)
        .build();
    Map<String, Telescope> telescopes = new TreeMap<>();
    catalogue.current().map(Catalogue::locations).orElse(List.of()).stream()
        .filter(location -> query.sites().isEmpty() || query.sites().contains(location.site()))
        .filter(location -> query.enclosures().isEmpty() || query.enclosures().contains(location.enclosure()))
        .filter(location -> query.telescopes().isEmpty() || query.telescopes().contains(location.telescope()))
        .filter(location -> query.instrumentTypes().isEmpty()
            || location.instrumentTypes().stream().anyMatch(query.instrumentTypes()::contains))
        .forEach(location -> telescopes.put(location.key(),
            new Telescope(location.site(), location.enclosure(), location.telescope())));
    repository.forEach(query, downtime -> telescopes
        .computeIfAbsent(downtime.telescopeKey(), key -> new Telescope(downtime.site(), downtime.enclosure(),
            downtime.telescope()))
        .add(downtime));
    return new AvailabilityReport(window, telescopes.values().stream().map(t -> t.report(window)).toList());
  }

  /** The downtimes of one telescope gathered while streaming. */
  private static final class Telescope {
    private final String site;
    private final String enclosure;
    private final String telescope;
    private final List<Interval> whole = new ArrayList<>();
    private final Map<String, List<Interval>> byInstrumentType = new TreeMap<>();

    Telescope(String site, String enclosure, String telescope) {
      this.site = site;
      this.enclosure = enclosure;
      this.telescope = telescope;
    }

    void add(Downtime downtime) {
      Interval interval = new Interval(downtime.start(), downtime.end());
      if (downtime.wholeTelescope()) {
        whole.add(interval);
      } else {
        byInstrumentType.computeIfAbsent(downtime.instrumentType(), key -> new ArrayList<>()).add(interval);
      }
    }

    TelescopeAvailability report(Interval window) {
      List<InstrumentAvailability> instruments = byInstrumentType.entrySet().stream()
          .map(entry -> new InstrumentAvailability(entry.getKey(), Availability.of(entry.getValue(), window)))
          .toList();
      return new TelescopeAvailability(site, enclosure, telescope, Availability.of(whole, window), instruments);
    }
  }
}
