package org.observatory.downtime.core.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;

/**
 * A question put to the downtime store: a {@link DowntimeFilter}, a {@link Sort} and a {@link PageRequest}. Equal
 * queries (by value) have equal answers.
 *
 * <p>{@link #matches(Downtime)} and {@link #comparator()} define the semantics; every store must return exactly what
 * {@link #apply(List)} returns for the same rows.
 *
 * @param filter which downtimes
 * @param sort   in which order
 * @param page   which part of the ordered result
 */
public record DowntimeQuery(DowntimeFilter filter, Sort sort, PageRequest page) {

  /** The page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 1000;
  /** A limit meaning "every matching row", for exports and in-process callers. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  public DowntimeQuery {
    filter = Objects.requireNonNullElse(filter, DowntimeFilter.ALL);
    sort = Objects.requireNonNullElse(sort, Sort.CREATION);
    page = Objects.requireNonNullElse(page, PageRequest.FIRST);
  }

  /** A query matching every downtime, in creation order, first page of {@link #DEFAULT_LIMIT}. */
  public static DowntimeQuery all() {
    return new DowntimeQuery(DowntimeFilter.ALL, Sort.CREATION, PageRequest.FIRST);
  }

  public static DowntimeQueryBuilder builder() {
    return new DowntimeQueryBuilder();
  }

  /** A builder holding this query's values, to derive a changed copy. */
  public DowntimeQueryBuilder toBuilder() {
    return new DowntimeQueryBuilder(this);
  }

  /** The same filters and order with another page. */
  public DowntimeQuery withPage(int newLimit, int newOffset) {
    return new DowntimeQuery(filter, sort, new PageRequest(newLimit, newOffset));
  }

  /** Whether a downtime passes every filter (ordering and paging aside). */
  public boolean matches(Downtime downtime) {
    return filter.matches(downtime);
  }

  /** The order of results: the sort keys, then id ascending to break ties. */
  public Comparator<Downtime> comparator() {
    return sort.comparator();
  }

  /** The page this query selects from the given downtimes: filter, order, then offset and limit. */
  public DowntimePage apply(List<Downtime> downtimes) {
    List<Downtime> matching = new ArrayList<>(downtimes.stream().filter(this::matches).sorted(comparator()).toList());
    int from = Math.min(offset(), matching.size());
    int to = (int) Math.min((long) from + limit(), matching.size());
    return new DowntimePage(matching.size(), matching.subList(from, to));
  }

  /** Case folding used by {@code reason} substring filters; see {@link DowntimeFilter#fold}. */
  public static String fold(String text) {
    return DowntimeFilter.fold(text);
  }

  // Shorthands for the stores, which read every filter.

  public Set<String> sites() {
    return filter.sites();
  }

  public Set<String> enclosures() {
    return filter.enclosures();
  }

  public Set<String> telescopes() {
    return filter.telescopes();
  }

  public Set<String> instrumentTypes() {
    return filter.instrumentTypes();
  }

  public Set<String> categories() {
    return filter.categories();
  }

  /** The windows a downtime must overlap one of at its site; empty for no such filter. */
  public Optional<java.util.List<SiteWindow>> darkness() {
    return Optional.ofNullable(filter.darkness());
  }

  public Optional<Instant> startsAfter() {
    return filter.start().lower();
  }

  public Optional<Instant> startsBefore() {
    return filter.start().upper();
  }

  public Optional<Instant> endsAfter() {
    return filter.end().lower();
  }

  public Optional<Instant> endsBefore() {
    return filter.end().upper();
  }

  public Optional<Instant> createdAfter() {
    return filter.created().lower();
  }

  public Optional<Instant> createdBefore() {
    return filter.created().upper();
  }

  public Optional<Instant> modifiedAfter() {
    return filter.modified().lower();
  }

  public Optional<Instant> modifiedBefore() {
    return filter.modified().upper();
  }

  /** Substring the reason must contain, ignoring case; absent for no filter. */
  public Optional<String> reasonContains() {
    return Optional.ofNullable(filter.reasonContains());
  }

  /** Text the reason must equal exactly; absent for no filter. */
  public Optional<String> reasonExact() {
    return Optional.ofNullable(filter.reasonExact());
  }

  public Optional<Long> seriesId() {
    return Optional.ofNullable(filter.seriesId());
  }

  /** The sort keys, never empty; id ascending always follows as the last tie-breaker. */
  public List<SortKey> order() {
    return sort.keys();
  }

  /** Page size, at least 1; {@link #UNLIMITED} for every row. */
  public int limit() {
    return page.limit();
  }

  /** How many matching rows to skip, at least 0. */
  public int offset() {
    return page.offset();
  }
}
