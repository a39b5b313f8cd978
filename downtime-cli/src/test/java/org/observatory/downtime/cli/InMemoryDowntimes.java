package org.observatory.downtime.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeExistsException;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.query.DowntimeQuery;

/** A repository in a list, with the semantics {@link DowntimeQuery#apply} defines; creation times tick by a second. */
final class InMemoryDowntimes implements DowntimeRepository {

  private final List<Downtime> rows = new ArrayList<>();
  private Instant now = Instant.parse("2026-11-20T08:00:00Z");
  private long nextId = 1;

  List<Downtime> all() {
    return List.copyOf(rows);
  }

  @Override
  public Downtime create(DowntimeDraft draft, String actor) {
    now = now.plusSeconds(1);
    Downtime stored = new Downtime(nextId++, draft.start(), draft.end(), draft.site(), draft.enclosure(),
        draft.telescope(), draft.instrumentType(), draft.reason(), now, now, draft.createdBy(), draft.seriesId());
    rows.add(stored);
    return stored;
  }

  @Override
  public List<Downtime> createAll(List<DowntimeDraft> drafts, String actor) {
    return drafts.stream().map(draft -> create(draft, actor)).toList();
  }

  @Override
  public List<Downtime> restoreAll(List<Downtime> restored, List<DowntimeDraft> created, String actor) {
    for (Downtime downtime : restored) {
      if (findById(downtime.id()).isPresent()) {
        throw new DowntimeExistsException(downtime.id());
      }
    }
    rows.addAll(restored);
    long highest = restored.stream().mapToLong(Downtime::id).max().orElse(0);
    long highestSeries = restored.stream().map(Downtime::seriesId).filter(java.util.Objects::nonNull)
        .mapToLong(Long::longValue).max().orElse(0);
    nextId = Math.max(nextId, Math.max(highest, highestSeries) + 1);
    List<Downtime> stored = new ArrayList<>(restored);
    stored.addAll(createAll(created, actor));
    return stored;
  }

  @Override
  public long nextSeriesId() {
    return nextId++;
  }

  @Override
  public Optional<Downtime> findById(long id) {
    return rows.stream().filter(row -> row.id() == id).findFirst();
  }

  @Override
  public DowntimePage find(DowntimeQuery query) {
    return query.apply(rows);
  }

  @Override
  public long count(DowntimeQuery query) {
    return query.apply(rows).count();
  }

  @Override
  public void forEach(DowntimeQuery query, Consumer<? super Downtime> action) {
    query.apply(rows).results().forEach(action);
  }

  @Override
  public Optional<Downtime> update(long id, DowntimeDraft values, String actor) {
    throw new UnsupportedOperationException("the command line does not update");
  }

  @Override
  public List<Downtime> delete(Collection<Long> ids, String actor) {
    List<Downtime> deleted = rows.stream().filter(row -> ids.contains(row.id())).toList();
    rows.removeAll(deleted);
    return deleted;
  }

  @Override
  public boolean reachable() {
    return true;
  }

  @Override
  public Optional<Instant> lastModified() {
    return rows.stream().map(Downtime::modified).max(Instant::compareTo);
  }
}
