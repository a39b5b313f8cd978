package org.observatory.downtime.core.query;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.observatory.downtime.core.model.Downtime;

/**
 * Which downtimes a query selects: every filter of the list API. An empty set of codes, an unbounded range or an
 * absent text means no filter on that field. {@link #matches(Downtime)} defines the semantics every store follows.
 *
 * @param sites           site codes, any of which matches
 * @param enclosures      enclosure codes, any of which matches
 * @param telescopes      telescope codes, any of which matches
 * @param instrumentTypes instrument type codes, any of which matches ({@code ""} is the whole telescope)
 * @param start           range the start lies in
 * @param end             range the end lies in
 * @param created         range the creation time lies in
 * @param modified        range the last change lies in
 * @param reasonContains  text the reason contains, compared {@link #fold folded}; {@code null} for no filter
 * @param reasonExact     text the reason equals exactly; {@code null} for no filter
 * @param seriesId        the recurring series, or {@code null} for no filter
 * @param categories      categories, any of which matches ({@code ""} is uncategorised)
 * @param darkness        windows (e.g. one night's darkness at each site) a downtime must overlap one of at its own
 *                        site; {@code null} for no filter, empty to match nothing
 */
public record DowntimeFilter(
    Set<String> sites,
    Set<String> enclosures,
    Set<String> telescopes,
    Set<String> instrumentTypes,
    TimeRange start,
    TimeRange end,
    TimeRange created,
    TimeRange modified,
    String reasonContains,
    String reasonExact,
    Long seriesId,
    Set<String> categories,
    java.util.List<SiteWindow> darkness) {

  /** No filter at all. */
  public static final DowntimeFilter ALL = new DowntimeFilter(Set.of(), Set.of(), Set.of(), Set.of(),
      TimeRange.ANY, TimeRange.ANY, TimeRange.ANY, TimeRange.ANY, null, null, null, Set.of(), null);

  public DowntimeFilter {
    sites = Set.copyOf(sites);
    enclosures = Set.copyOf(enclosures);
    telescopes = Set.copyOf(telescopes);
    instrumentTypes = Set.copyOf(instrumentTypes);
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    darkness = darkness == null ? null : java.util.List.copyOf(darkness);
    start = Objects.requireNonNullElse(start, TimeRange.ANY);
    end = Objects.requireNonNullElse(end, TimeRange.ANY);
    created = Objects.requireNonNullElse(created, TimeRange.ANY);
    modified = Objects.requireNonNullElse(modified, TimeRange.ANY);
    reasonContains = reasonContains == null || reasonContains.isEmpty() ? null : reasonContains;
    reasonExact = reasonExact == null || reasonExact.isEmpty() ? null : reasonExact;
  }

  /**
   * Whether a downtime passes every filter.
   *
   * @param downtime a stored downtime, not null
   */
  public boolean matches(Downtime downtime) {
    return in(sites, downtime.site())
        && in(enclosures, downtime.enclosure())
        && in(telescopes, downtime.telescope())
        && in(instrumentTypes, downtime.instrumentType())
        && start.contains(downtime.start())
        && end.contains(downtime.end())
        && created.contains(downtime.created())
        && modified.contains(downtime.modified())
        && (reasonContains == null || fold(downtime.reason()).contains(fold(reasonContains)))
        && (reasonExact == null || downtime.reason().equals(reasonExact))
        && (seriesId == null || seriesId.equals(downtime.seriesId()))
        && in(categories, downtime.category())
        && (darkness == null || darkness.stream().anyMatch(window -> window.overlaps(downtime)));
  }

  /**
   * Case folding used by {@code reason} substring filters; stores must fold the same way (e.g. by keeping a folded
   * copy of the reason computed with this function).
   */
  public static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static boolean in(Set<String> allowed, String value) {
    return allowed.isEmpty() || allowed.contains(value);
  }
}
