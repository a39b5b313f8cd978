package org.observatory.downtime.core.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * For storing downtimes. Every write is atomic and records an {@link org.observatory.downtime.core.model.AuditEntry}
 * in the same transaction; the store sets {@code id}, {@code created} and {@code modified}.
 *
 * <p>Implementations must return exactly what {@link DowntimeQuery#apply(List)} would for the same rows.
 * Infrastructure failures surface as {@link org.observatory.downtime.core.model.UnavailableException}, never as
 * driver exceptions. Drafts passed in are assumed valid (the use cases validate them).
 */
public interface DowntimeRepository {

  /**
   * Stores a new downtime.
   *
   * @param draft the values, already validated; not null
   * @param actor username recorded in the audit trail, may be {@code ""}
   * @return the stored downtime with its id and timestamps
   */
  Downtime create(DowntimeDraft draft, String actor);

  /**
   * Stores several downtimes all-or-nothing, in the given order (an import, or the occurrences of a series).
   *
   * @return the stored downtimes, in the given order
   */
  List<Downtime> createAll(List<DowntimeDraft> drafts, String actor);

  /**
   * Restores exported downtimes exactly as given (id, start, end, texts, {@code created}, {@code modified},
   * {@code createdBy}, series id), then creates new ones as {@link #createAll} does, all in one transaction
   * (restoring a backup, or moving data between databases). Each restored downtime is recorded in the audit trail
   * as a creation by {@code actor}. Afterwards ids and series ids handed out by {@link #create}, {@link #createAll}
   * and {@link #nextSeriesId} are greater than every restored one.
   *
   * @param restored downtimes to store with their own values, already validated, ids distinct; not null, may be empty
   * @param created  new downtimes, already validated; not null, may be empty
   * @param actor    username recorded in the audit trail, may be {@code ""}
   * @return the restored downtimes in the given order, followed by the created ones in the given order
   * @throws org.observatory.downtime.core.model.DowntimeExistsException naming the first restored downtime (in the
   *         given order) whose id is already stored; nothing is written
   */
  List<Downtime> restoreAll(List<Downtime> restored, List<DowntimeDraft> created, String actor);

  /** Allocates a new identifier for a recurring series; never returns the same one twice. */
  long nextSeriesId();

  /** The downtime with this id, or empty. */
  Optional<Downtime> findById(long id);

  /** The page of downtimes the query selects, with the total count of matches. */
  DowntimePage find(DowntimeQuery query);

  /** How many downtimes match the query's filters (paging ignored). */
  long count(DowntimeQuery query);

  /**
   * Streams every downtime the query selects (its limit and offset apply) without holding them all in memory.
   *
   * @param action called once per downtime, in the query's order
   */
  void forEach(DowntimeQuery query, Consumer<? super Downtime> action);

  /**
   * Replaces the values of a stored downtime and sets its {@code modified} time; {@code created}, {@code id}
   * and {@code createdBy} are kept.
   *
   * @return the changed downtime, or empty when there is no downtime with this id
   */
  Optional<Downtime> update(long id, DowntimeDraft values, String actor);

  /**
   * Deletes the downtimes with these ids, all-or-nothing; ids that do not exist are ignored.
   *
   * @return the downtimes that were deleted
   */
  List<Downtime> delete(Collection<Long> ids, String actor);

  /** Whether the database answers right now (for readiness checks); never throws. */
  boolean reachable();

  /** The newest change time of any downtime (a cheap version for caches), or empty when there are none. */
  Optional<Instant> lastModified();
}
