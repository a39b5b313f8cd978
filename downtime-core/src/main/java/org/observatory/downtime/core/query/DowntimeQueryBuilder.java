package org.observatory.downtime.core.query;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link DowntimeQuery}; every setter accepts {@code null} for "no filter". */
public final class DowntimeQueryBuilder {

  private final Set<String> sites = new LinkedHashSet<>();
  private final Set<String> enclosures = new LinkedHashSet<>();
  private final Set<String> telescopes = new LinkedHashSet<>();
  private final Set<String> instrumentTypes = new LinkedHashSet<>();
  private TimeRange start = TimeRange.ANY;
  private TimeRange end = TimeRange.ANY;
  private TimeRange created = TimeRange.ANY;
  private TimeRange modified = TimeRange.ANY;
  private String reasonContains;
  private String reasonExact;
  private Long seriesId;
  private final Set<String> categories = new LinkedHashSet<>();
  private List<SiteWindow> darkness;
  private Sort sort = Sort.CREATION;
  private PageRequest page = PageRequest.FIRST;

  DowntimeQueryBuilder() {
  }

  DowntimeQueryBuilder(DowntimeQuery query) {
    DowntimeFilter filter = query.filter();
    sites.addAll(filter.sites());
    enclosures.addAll(filter.enclosures());
    telescopes.addAll(filter.telescopes());
    instrumentTypes.addAll(filter.instrumentTypes());
    start = filter.start();
    end = filter.end();
    created = filter.created();
    modified = filter.modified();
    reasonContains = filter.reasonContains();
    reasonExact = filter.reasonExact();
    seriesId = filter.seriesId();
    categories.addAll(filter.categories());
    darkness = filter.darkness();
    sort = query.sort();
    page = query.page();
  }

  public DowntimeQueryBuilder site(String... codes) {
    sites.addAll(List.of(codes));
    return this;
  }

  public DowntimeQueryBuilder enclosure(String... codes) {
    enclosures.addAll(List.of(codes));
    return this;
  }

  public DowntimeQueryBuilder telescope(String... codes) {
    telescopes.addAll(List.of(codes));
    return this;
  }

  public DowntimeQueryBuilder instrumentType(String... codes) {
    instrumentTypes.addAll(List.of(codes));
    return this;
  }

  public DowntimeQueryBuilder startsAfter(Instant t) {
    start = start.withFrom(t);
    return this;
  }

  public DowntimeQueryBuilder startsBefore(Instant t) {
    start = start.withTo(t);
    return this;
  }

  public DowntimeQueryBuilder endsAfter(Instant t) {
    end = end.withFrom(t);
    return this;
  }

  public DowntimeQueryBuilder endsBefore(Instant t) {
    end = end.withTo(t);
    return this;
  }

  public DowntimeQueryBuilder createdAfter(Instant t) {
    created = created.withFrom(t);
    return this;
  }

  public DowntimeQueryBuilder createdBefore(Instant t) {
    created = created.withTo(t);
    return this;
  }

  public DowntimeQueryBuilder modifiedAfter(Instant t) {
    modified = modified.withFrom(t);
    return this;
  }

  public DowntimeQueryBuilder modifiedBefore(Instant t) {
    modified = modified.withTo(t);
    return this;
  }

  /** Downtimes overlapping [from, to]: ends at or after {@code from} and starts at or before {@code to}. */
  public DowntimeQueryBuilder overlapping(Instant from, Instant to) {
    return endsAfter(from).startsBefore(to);
  }

  /** Case-insensitive substring of the reason; {@code null} or {@code ""} for no filter. */
  public DowntimeQueryBuilder reasonContains(String text) {
    reasonContains = text;
    return this;
  }

  /** Exact reason; {@code null} or {@code ""} for no filter. */
  public DowntimeQueryBuilder reasonExact(String text) {
    reasonExact = text;
    return this;
  }

  /** Any of these categories ({@code ""} for uncategorised). */
  public DowntimeQueryBuilder category(String... codes) {
    categories.addAll(List.of(codes));
    return this;
  }

  /**
   * Downtimes overlapping one of these windows at their own site (e.g. a night's darkness at every site); {@code null}
   * for no such filter, empty to select nothing.
   */
  public DowntimeQueryBuilder darkness(List<SiteWindow> windows) {
    darkness = windows;
    return this;
  }

  public DowntimeQueryBuilder seriesId(Long id) {
    seriesId = id;
    return this;
  }

  /** Replaces the order; an empty list means creation order. */
  public DowntimeQueryBuilder order(List<SortKey> keys) {
    sort = new Sort(keys);
    return this;
  }

  public DowntimeQueryBuilder order(SortKey... keys) {
    return order(List.of(keys));
  }

  /** Page size; anything below 1 means {@link DowntimeQuery#DEFAULT_LIMIT}. */
  public DowntimeQueryBuilder limit(int value) {
    page = new PageRequest(value, page.offset());
    return this;
  }

  /** Rows to skip; anything below 0 means 0. */
  public DowntimeQueryBuilder offset(int value) {
    page = new PageRequest(page.limit(), value);
    return this;
  }

  public DowntimeQuery build() {
    return new DowntimeQuery(new DowntimeFilter(sites, enclosures, telescopes, instrumentTypes, start, end, created,
        modified, reasonContains, reasonExact, seriesId, categories, darkness), sort,
        page);
  }
}
