package org.observatory.downtime.core.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.Timestamps;

/**
 * An immutable filter over downtimes, with ordering and paging: every filter of the list API.
 *
 * <p>{@link #matches(Downtime)} and {@link #comparator()} define the semantics; every store must return
 * exactly what {@link #apply(List)} returns for the same rows. Time bounds are inclusive; an empty set of
 * codes or an absent bound means no filter. {@code reasonContains} compares {@link #fold(String) folded} text.
 */
public final class DowntimeQuery {

  /** The page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 1000;
  /** A limit meaning "every matching row", for exports and in-process callers. */
  public static final int UNLIMITED = Integer.MAX_VALUE;
  /** Creation order: when no order is asked for. Ties are always broken by id ascending. */
  public static final List<SortKey> DEFAULT_ORDER = List.of(SortKey.asc(SortField.CREATED), SortKey.asc(SortField.ID));

  private final Set<String> sites;
  private final Set<String> enclosures;
  private final Set<String> telescopes;
  private final Set<String> instrumentTypes;
  private final Instant startsAfter;
  private final Instant startsBefore;
  private final Instant endsAfter;
  private final Instant endsBefore;
  private final Instant createdAfter;
  private final Instant createdBefore;
  private final Instant modifiedAfter;
  private final Instant modifiedBefore;
  private final String reasonContains;
  private final String reasonExact;
  private final Long seriesId;
  private final List<SortKey> order;
  private final int limit;
  private final int offset;

  DowntimeQuery(DowntimeQueryBuilder b) {
    sites = Set.copyOf(b.sites);
    enclosures = Set.copyOf(b.enclosures);
    telescopes = Set.copyOf(b.telescopes);
    instrumentTypes = Set.copyOf(b.instrumentTypes);
    startsAfter = b.startsAfter;
    startsBefore = b.startsBefore;
    endsAfter = b.endsAfter;
    endsBefore = b.endsBefore;
    createdAfter = b.createdAfter;
    createdBefore = b.createdBefore;
    modifiedAfter = b.modifiedAfter;
    modifiedBefore = b.modifiedBefore;
    reasonContains = b.reasonContains;
    reasonExact = b.reasonExact;
    seriesId = b.seriesId;
    order = b.order.isEmpty() ? DEFAULT_ORDER : List.copyOf(b.order);
    limit = b.limit;
    offset = b.offset;
  }

  /** A query matching every downtime, in creation order, first page of {@link #DEFAULT_LIMIT}. */
  public static DowntimeQuery all() {
    return builder().build();
  }

  public static DowntimeQueryBuilder builder() {
    return new DowntimeQueryBuilder();
  }

  /** A builder holding this query's values, to derive a changed copy. */
  public DowntimeQueryBuilder toBuilder() {
    DowntimeQueryBuilder b = new DowntimeQueryBuilder();
    b.sites.addAll(sites);
    b.enclosures.addAll(enclosures);
    b.telescopes.addAll(telescopes);
    b.instrumentTypes.addAll(instrumentTypes);
    b.startsAfter = startsAfter;
    b.startsBefore = startsBefore;
    b.endsAfter = endsAfter;
    b.endsBefore = endsBefore;
    b.createdAfter = createdAfter;
    b.createdBefore = createdBefore;
    b.modifiedAfter = modifiedAfter;
    b.modifiedBefore = modifiedBefore;
    b.reasonContains = reasonContains;
    b.reasonExact = reasonExact;
    b.seriesId = seriesId;
    b.order.addAll(order);
    b.limit = limit;
    b.offset = offset;
    return b;
  }

  /** The same filters and order with another page. */
  public DowntimeQuery withPage(int newLimit, int newOffset) {
    return toBuilder().limit(newLimit).offset(newOffset).build();
  }

  /**
   * Whether a downtime passes every filter (ordering and paging aside).
   *
   * @param downtime a stored downtime, not null
   */
  public boolean matches(Downtime downtime) {
    return in(sites, downtime.site())
        && in(enclosures, downtime.enclosure())
        && in(telescopes, downtime.telescope())
        && in(instrumentTypes, downtime.instrumentType())
        && atLeast(downtime.start(), startsAfter) && atMost(downtime.start(), startsBefore)
        && atLeast(downtime.end(), endsAfter) && atMost(downtime.end(), endsBefore)
        && atLeast(downtime.created(), createdAfter) && atMost(downtime.created(), createdBefore)
        && atLeast(downtime.modified(), modifiedAfter) && atMost(downtime.modified(), modifiedBefore)
        && (reasonContains == null || fold(downtime.reason()).contains(fold(reasonContains)))
        && (reasonExact == null || downtime.reason().equals(reasonExact))
        && (seriesId == null || seriesId.equals(downtime.seriesId()));
  }

  /** The order of results: the sort keys, then id ascending to break ties. */
  public Comparator<Downtime> comparator() {
    Comparator<Downtime> result = order.get(0).comparator();
    for (SortKey key : order.subList(1, order.size())) {
      result = result.thenComparing(key.comparator());
    }
    return result.thenComparing(SortField.ID.comparator());
  }

  /** The page this query selects from the given downtimes: filter, order, then offset and limit. */
  public DowntimePage apply(List<Downtime> downtimes) {
    List<Downtime> matching = new ArrayList<>(downtimes.stream().filter(this::matches).sorted(comparator()).toList());
    int from = (int) Math.min(offset, matching.size());
    int to = (int) Math.min((long) from + limit, matching.size());
    return new DowntimePage(matching.size(), matching.subList(from, to));
  }

  /**
   * Case folding used by {@code reason} substring filters; stores must fold the same way
   * (e.g. by keeping a folded copy of the reason computed with this function).
   */
  public static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  public Set<String> sites() {
    return sites;
  }

  public Set<String> enclosures() {
    return enclosures;
  }

  public Set<String> telescopes() {
    return telescopes;
  }

  public Set<String> instrumentTypes() {
    return instrumentTypes;
  }

  public Optional<Instant> startsAfter() {
    return Optional.ofNullable(startsAfter);
  }

  public Optional<Instant> startsBefore() {
    return Optional.ofNullable(startsBefore);
  }

  public Optional<Instant> endsAfter() {
    return Optional.ofNullable(endsAfter);
  }

  public Optional<Instant> endsBefore() {
    return Optional.ofNullable(endsBefore);
  }

  public Optional<Instant> createdAfter() {
    return Optional.ofNullable(createdAfter);
  }

  public Optional<Instant> createdBefore() {
    return Optional.ofNullable(createdBefore);
  }

  public Optional<Instant> modifiedAfter() {
    return Optional.ofNullable(modifiedAfter);
  }

  public Optional<Instant> modifiedBefore() {
    return Optional.ofNullable(modifiedBefore);
  }

  /** Substring the reason must contain, ignoring case; absent for no filter. */
  public Optional<String> reasonContains() {
    return Optional.ofNullable(reasonContains);
  }

  /** Text the reason must equal exactly; absent for no filter. */
  public Optional<String> reasonExact() {
    return Optional.ofNullable(reasonExact);
  }

  public Optional<Long> seriesId() {
    return Optional.ofNullable(seriesId);
  }

  /** The sort keys, never empty; id ascending always follows as the last tie-breaker. */
  public List<SortKey> order() {
    return order;
  }

  /** Page size, at least 1; {@link #UNLIMITED} for every row. */
  public int limit() {
    return limit;
  }

  /** How many matching rows to skip, at least 0. */
  public int offset() {
    return offset;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DowntimeQuery that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public String toString() {
    return "DowntimeQuery{sites=" + new java.util.TreeSet<>(sites) + ", enclosures=" + new java.util.TreeSet<>(enclosures)
        + ", telescopes=" + new java.util.TreeSet<>(telescopes) + ", instrumentTypes=" + new java.util.TreeSet<>(instrumentTypes)
        + ", startsAfter=" + startsAfter + ", startsBefore=" + startsBefore
        + ", endsAfter=" + endsAfter + ", endsBefore=" + endsBefore
        + ", createdAfter=" + createdAfter + ", createdBefore=" + createdBefore
        + ", modifiedAfter=" + modifiedAfter + ", modifiedBefore=" + modifiedBefore
        + ", reasonContains=" + reasonContains + ", reasonExact=" + reasonExact + ", seriesId=" + seriesId
        + ", order=" + order + ", limit=" + limit + ", offset=" + offset + "}";
  }

  private static boolean in(Set<String> allowed, String value) {
    return allowed.isEmpty() || allowed.contains(value);
  }

  private static boolean atLeast(Instant value, Instant bound) {
    return bound == null || !value.isBefore(bound);
  }

  private static boolean atMost(Instant value, Instant bound) {
    return bound == null || !value.isAfter(bound);
  }
}
