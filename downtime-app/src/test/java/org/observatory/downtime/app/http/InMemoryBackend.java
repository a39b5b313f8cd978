package org.observatory.downtime.app.http;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.UserStore;
import org.observatory.downtime.core.query.DowntimeQuery;

/** A store in memory whose semantics are the core's own {@link DowntimeQuery#apply}: the reference for the SQL ones. */
final class InMemoryBackend implements Backend, DowntimeRepository, UserStore {

  private final Map<Long, Downtime> rows = new LinkedHashMap<>();
  private final Map<String, UserAccount> accounts = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong series = new AtomicLong();
  private final Clock clock = Clock.systemUTC();

  @Override
  public DowntimeRepository downtimes() {
    return this;
  }

  @Override
  public UserStore users() {
    return this;
  }

  @Override
  public void close() {
  }

  @Override
  public synchronized Downtime create(DowntimeDraft d, String actor) {
    Instant now = clock.instant();
    Downtime row = new Downtime(ids.incrementAndGet(), d.start(), d.end(), d.site(), d.enclosure(), d.telescope(),
        d.instrumentType(), d.reason(), now, now, d.createdBy(), d.seriesId());
    rows.put(row.id(), row);
    return row;
  }

  @Override
  public synchronized List<Downtime> createAll(List<DowntimeDraft> drafts, String actor) {
    return drafts.stream().map(d -> create(d, actor)).toList();
  }

  @Override
  public long nextSeriesId() {
    return series.incrementAndGet();
  }

  @Override
  public synchronized Optional<Downtime> findById(long id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public synchronized DowntimePage find(DowntimeQuery query) {
    return query.apply(new ArrayList<>(rows.values()));
  }

  @Override
  public synchronized long count(DowntimeQuery query) {
    return rows.values().stream().filter(query::matches).count();
  }

  @Override
  public void forEach(DowntimeQuery query, Consumer<? super Downtime> action) {
    find(query).results().forEach(action);
  }

  @Override
  public synchronized Optional<Downtime> update(long id, DowntimeDraft d, String actor) {
    Downtime old = rows.get(id);
    if (old == null) {
      return Optional.empty();
    }
    Downtime row = new Downtime(id, d.start(), d.end(), d.site(), d.enclosure(), d.telescope(), d.instrumentType(),
        d.reason(), old.created(), clock.instant(), old.createdBy(), old.seriesId());
    rows.put(id, row);
    return Optional.of(row);
  }

  @Override
  public synchronized List<Downtime> delete(Collection<Long> ids, String actor) {
    return ids.stream().map(rows::remove).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public boolean reachable() {
    return true;
  }

  @Override
  public synchronized Optional<Instant> lastModified() {
    return rows.values().stream().map(Downtime::modified).max(Instant::compareTo);
  }

  @Override
  public synchronized Optional<UserAccount> findByUsername(String username) {
    return Optional.ofNullable(accounts.get(username));
  }

  @Override
  public synchronized Optional<UserAccount> findByApiToken(String apiToken) {
    if (apiToken == null || apiToken.isEmpty()) {
      return Optional.empty();
    }
    return accounts.values().stream().filter(a -> a.apiToken().equals(apiToken)).findFirst();
  }

  @Override
  public synchronized void save(UserAccount account) {
    if (!account.apiToken().isEmpty()) {
      accounts.replaceAll((name, other) -> !name.equals(account.username())
          && other.apiToken().equals(account.apiToken()) ? other.withApiToken("") : other);
    }
    accounts.put(account.username(), account);
  }
}
