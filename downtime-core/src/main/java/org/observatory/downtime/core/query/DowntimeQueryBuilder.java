package org.observatory.downtime.core.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.observatory.downtime.core.model.Timestamps;

/** Builds a {@link DowntimeQuery}; every setter accepts {@code null} for "no filter". */
public final class DowntimeQueryBuilder {

  final Set<String> sites = new LinkedHashSet<>();
  final Set<String> enclosures = new LinkedHashSet<>();
  final Set<String> telescopes = new LinkedHashSet<>();
  final Set<String> instrumentTypes = new LinkedHashSet<>();
  Instant startsAfter;
  Instant startsBefore;
  Instant endsAfter;
  Instant endsBefore;
  Instant createdAfter;
  Instant createdBefore;
  Instant modifiedAfter;
  Instant modifiedBefore;
  String reasonContains;
  String reasonExact;
  Long seriesId;
  final List<SortKey> order = new ArrayList<>();
  int limit = DowntimeQuery.DEFAULT_LIMIT;
  int offset;

  DowntimeQueryBuilder() {
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
    startsAfter = t == null ? null : Timestamps.truncate(t);
    return this;
  }

  public DowntimeQueryBuilder startsBefore(Instant t) {
    startsBefore = t == null ? null : Timestamps.truncate(t);
    return this;
  }

  public DowntimeQueryBuilder endsAfter(Instant t) {
    endsAfter = t == null ? null : Timestamps.truncate(t);
    return this;
  }

  public DowntimeQueryBuilder endsBefore(Instant t) {
    endsBefore = t == null ? null : Timestamps.truncate(t);
    return this;
  }

  public DowntimeQueryBuilder createdAfter(Instant t) {
    createdAfter = t == null ? null : Timestamps.truncate(t);
    return this;
  }

  public DowntimeQueryBuilder createdBefore(Instant t) {
    createdBefore = t == null ? null : Timestamps.truncate(t);
    return this;
  }

  public DowntimeQueryBuilder modifiedAfter(Instant t) {
    modifiedAfter = t == null ? null : Timestamps.truncate(t);
    return this;
  }

  public DowntimeQueryBuilder modifiedBefore(Instant t) {
    modifiedBefore = t == null ? null : Timestamps.truncate(t);
    return this;
  }

  /** Downtimes overlapping [from, to]: ends at or after {@code from} and starts at or before {@code to}. */
  public DowntimeQueryBuilder overlapping(Instant from, Instant to) {
    return endsAfter(from).startsBefore(to);
  }

  /** Case-insensitive substring of the reason; {@code null} or {@code ""} for no filter. */
  public DowntimeQueryBuilder reasonContains(String text) {
    reasonContains = text == null || text.isEmpty() ? null : text;
    return this;
  }

  /** Exact reason; {@code null} or {@code ""} for no filter. */
  public DowntimeQueryBuilder reasonExact(String text) {
    reasonExact = text == null || text.isEmpty() ? null : text;
    return this;
  }

  public DowntimeQueryBuilder seriesId(Long id) {
    seriesId = id;
    return this;
  }

  /** Replaces the order; an empty list means creation order. */
  public DowntimeQueryBuilder order(List<SortKey> keys) {
    order.clear();
    order.addAll(keys);
    return this;
  }

  public DowntimeQueryBuilder order(SortKey... keys) {
    return order(List.of(keys));
  }

  /** Page size; anything below 1 means {@link DowntimeQuery#DEFAULT_LIMIT}. */
  public DowntimeQueryBuilder limit(int value) {
    limit = value < 1 ? DowntimeQuery.DEFAULT_LIMIT : value;
    return this;
  }

  /** Rows to skip; anything below 0 means 0. */
  public DowntimeQueryBuilder offset(int value) {
    offset = Math.max(0, value);
    return this;
  }

  public DowntimeQuery build() {
    return new DowntimeQuery(this);
  }
}
