package org.observatory.downtime.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The instrument catalogue: which sites, enclosures, telescopes and instrument types exist.
 *
 * @param sites       the observatory's sites, each with its enclosures, telescopes and instrument types
 * @param description where the catalogue came from, for people (e.g. {@code "ConfigDB at https://..."})
 * @param demo        whether this is the bundled demonstration network rather than the observatory's own
 */
public record Catalogue(List<Site> sites, String description, boolean demo) {

  public Catalogue {
    sites = List.copyOf(sites);
    Objects.requireNonNull(description, "description");
  }

  /**
   * A site with its enclosures, its name for people and, when the catalogue knows it, where it stands.
   *
   * @param name      e.g. {@code "Haleakala Observatory"}; {@code ""} when unknown
   * @param geography latitude, longitude, elevation and time zone; empty when the catalogue gives no coordinates
   */
  public record Site(String code, String name, List<Enclosure> enclosures, Optional<SiteGeography> geography) {
    public Site {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      enclosures = List.copyOf(enclosures);
      Objects.requireNonNull(geography, "geography");
    }

    /** A site known only by its code and enclosures: no name, no geography. */
    public Site(String code, List<Enclosure> enclosures) {
      this(code, "", enclosures, Optional.empty());
    }
  }

  /** An enclosure (dome, clamshell) with its telescopes. */
  public record Enclosure(String code, List<Telescope> telescopes) {
    public Enclosure {
      Objects.requireNonNull(code, "code");
      telescopes = List.copyOf(telescopes);
    }
  }

  /** A telescope with the instrument types mounted on it. */
  public record Telescope(String code, Set<String> instrumentTypes) {
    public Telescope {
      Objects.requireNonNull(code, "code");
      instrumentTypes = Set.copyOf(instrumentTypes);
    }
  }

  /** One telescope with where it stands, e.g. {@code ogg.clma.2m0a}. */
  public record Location(String site, String enclosure, String telescope, Set<String> instrumentTypes) {
    public Location {
      instrumentTypes = Set.copyOf(instrumentTypes);
    }

    public String key() {
      return site + "." + enclosure + "." + telescope;
    }
  }

  /** Every telescope of the network with its site and enclosure, sorted by {@code site.enclosure.telescope}. */
  public List<Location> locations() {
    List<Location> result = new ArrayList<>();
    for (Site site : sites) {
      for (Enclosure enclosure : site.enclosures()) {
        for (Telescope telescope : enclosure.telescopes()) {
          result.add(new Location(site.code(), enclosure.code(), telescope.code(), telescope.instrumentTypes()));
        }
      }
    }
    result.sort(Comparator.comparing(Location::key));
    return List.copyOf(result);
  }

  /** The site with this code, if the catalogue has it. */
  public Optional<Site> site(String code) {
    return sites.stream().filter(site -> site.code().equals(code)).findFirst();
  }

  /** Every site code, sorted. */
  public Set<String> siteCodes() {
    return sorted(sites.stream().map(Site::code));
  }

  /** Every enclosure code of any site, sorted. */
  public Set<String> enclosureCodes() {
    return sorted(locations().stream().map(Location::enclosure));
  }

  /** Every telescope code of any site, sorted. */
  public Set<String> telescopeCodes() {
    return sorted(locations().stream().map(Location::telescope));
  }

  /** Every instrument type code of any telescope, sorted. */
  public Set<String> instrumentTypeCodes() {
    return sorted(locations().stream().flatMap(location -> location.instrumentTypes().stream()));
  }

  /**
   * Whether the combination exists: the telescope stands in that enclosure at that site, and
   * {@code instrumentType} is either {@code ""} (the whole telescope) or mounted on it.
   */
  public boolean contains(String site, String enclosure, String telescope, String instrumentType) {
    return locations().stream().anyMatch(location -> location.site().equals(site)
        && location.enclosure().equals(enclosure)
        && location.telescope().equals(telescope)
        && (instrumentType.isEmpty() || location.instrumentTypes().contains(instrumentType)));
  }

  private static Set<String> sorted(Stream<String> codes) {
    TreeSet<String> sorted = codes.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    return java.util.Collections.unmodifiableSet(sorted);
  }
}
