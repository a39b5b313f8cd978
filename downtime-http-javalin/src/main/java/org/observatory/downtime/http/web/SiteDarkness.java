package org.observatory.downtime.http.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.NightRequest;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.query.SiteWindow;

/**
 * Each site's darkness (sunset to sunrise) over a timeline's window, and each site's time zone for local times; a
 * site without coordinates has neither.
 *
 * @param windows per site code, its nights' darkness in time order
 * @param zones   per site code, its time zone (IANA name, else the whole-hour offset)
 */
record SiteDarkness(Map<String, List<SiteWindow>> windows, Map<String, ZoneId> zones) {

  /** No darkness and no zones known. */
  static final SiteDarkness NONE = new SiteDarkness(Map.of(), Map.of());

  SiteDarkness {
    windows = Map.copyOf(windows);
    zones = Map.copyOf(zones);
  }

  /** The darkness of these sites over {@code [from, to]}, from the nights the core computes. */
  static SiteDarkness of(NightsUseCase nights, Optional<Catalogue> catalogue, Collection<String> sites, Instant from,
      Instant to) {
    if (catalogue.isEmpty()) {
      return NONE;
    }
    Map<String, List<SiteWindow>> windows = new TreeMap<>();
    Map<String, ZoneId> zones = new TreeMap<>();
    LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(1);
    LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
    for (String site : sites) {
      Optional<SiteGeography> geography = catalogue.get().site(site).flatMap(Catalogue.Site::geography);
      if (geography.isEmpty()) {
        continue;
      }
      geography.get().timeZone().or(() -> geography.get().utcOffsetHours().map(ZoneOffset::ofHours))
          .ifPresent(zone -> zones.put(site, zone));
      List<SiteWindow> dark = new ArrayList<>();
      try {
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
          dark.addAll(nights.darkness(new NightRequest(date, Twilight.SUNSET), java.util.Set.of(site), "night"));
        }
      } catch (ValidationException | UnavailableException e) {
        continue;
      }
      windows.put(site, dark);
    }
    return new SiteDarkness(windows, zones);
  }
}
