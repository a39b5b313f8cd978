package org.observatory.downtime.core.availability;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.observatory.downtime.core.model.Twilight;

/**
 * What the dark-time-lost report covers.
 *
 * @param first      the first night's local date
 * @param last       the last night's local date, included
 * @param sites      site codes; empty for every site of the catalogue
 * @param telescopes telescope codes; empty for every telescope
 * @param categories categories of the downtimes counted ({@code ""} for uncategorised); empty for every category
 * @param group      how the rows are grouped
 * @param twilight   how dark the nights are
 */
public record TimeLostQuery(LocalDate first, LocalDate last, Set<String> sites, Set<String> telescopes,
                            Set<String> categories, TimeLostReport.Group group, Twilight twilight) {

  public TimeLostQuery {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    sites = Set.copyOf(sites);
    telescopes = Set.copyOf(telescopes);
    categories = Set.copyOf(categories);
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(twilight, "twilight");
  }
}
