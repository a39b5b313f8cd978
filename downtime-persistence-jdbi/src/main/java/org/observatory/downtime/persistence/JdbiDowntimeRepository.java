package org.observatory.downtime.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.query.DowntimeQuery;

/**
 * The {@link DowntimeRepository} on SQLite or PostgreSQL through Jdbi: every write serialised, audited in its own
 * transaction and stamped with a change time later than any before it. Obtain one from {@link JdbiPersistence}.
 */
public final class JdbiDowntimeRepository implements DowntimeRepository {

  // Rows fetched per round trip when streaming (PostgreSQL otherwise reads the whole result into memory).
  private static final int FETCH_SIZE = 500;

  // Up to this many rows (offset plus limit) an answer is first read alone and unordered (no transaction round trips,
  // no sort in the database); larger pages, likely full and costly to read twice, go straight to the consistent read
  // of page and count.
  private static final int SINGLE_STATEMENT_LIMIT = 1000;

  private final Transactions transactions;

  JdbiDowntimeRepository(Transactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public Downtime create(DowntimeDraft draft, String actor) {
    return createAll(List.of(draft), actor).get(0);
  }

  @Override
  public List<Downtime> createAll(List<DowntimeDraft> drafts, String actor) {
    drafts.forEach(StorableText::check);
    StorableText.check("actor", actor);
    if (drafts.isEmpty()) {
      return List.of();
    }
    return transactions.write((handle, now) -> {
      List<Downtime> created = new ArrayList<>(drafts.size());
      for (DowntimeDraft draft : drafts) {
        Downtime downtime = DowntimeRows.insert(handle, draft, now);
        AuditRows.record(handle, AuditEntry.Action.CREATE, actor, now, null, downtime);
        created.add(downtime);
      }
      return List.copyOf(created);
    });
  }

  @Override
  public List<Downtime> restoreAll(List<Downtime> restored, List<DowntimeDraft> created, String actor) {
    restored.forEach(StorableText::check);
    created.forEach(StorableText::check);
    StorableText.check("actor", actor);
    if (restored.isEmpty() && created.isEmpty()) {
      return List.of();
    }
    return transactions.write((handle, now) -> BulkLoad.write(handle, transactions.dialect(), restored, created,
        actor, now));
  }

  @Override
  public long nextSeriesId() {
    return transactions.write((handle, now) -> transactions.dialect().nextSeriesId(handle));
  }

  @Override
  public Optional<Downtime> findById(long id) {
    return transactions.read(handle -> DowntimeRows.findById(handle, id));
  }

  @Override
  public DowntimePage find(DowntimeQuery query) {
    DowntimeSql sql = DowntimeSql.of(query);
    if (sql.impossible()) {
      return new DowntimePage(0, List.of());
    }
    long window = window(query);
    if (window <= SINGLE_STATEMENT_LIMIT) {
      // Most answers hold every matching row (the schedulers' ~350 rows under the default 1000): they are read in one
      // statement without ORDER BY and put in order here, by the query's own comparator (the order every store must
      // give), which spares the database a sort of every row it sends. The count is the number of rows read. When
      // more than the window match, the page is read again in order, and counted, below.
      List<Downtime> rows = transactions.read(handle -> unordered(handle, sql, window));
      if (rows.size() <= window) {
        rows.sort(query.comparator());
        return new DowntimePage(rows.size(), rows.subList(Math.min(query.offset(), rows.size()), rows.size()));
      }
    } else if (query.limit() <= SINGLE_STATEMENT_LIMIT) {
      // A page far down the list: when it is not full its count follows from it, so one statement outside a
      // transaction answers; a full page is read again with its count below.
      List<Downtime> page = transactions.read(handle -> page(handle, sql));
      if (countKnown(query, page)) {
        return new DowntimePage((long) query.offset() + page.size(), page);
      }
    }
    return transactions.readConsistent(handle -> {
      List<Downtime> page = page(handle, sql);
      long count = countKnown(query, page) ? (long) query.offset() + page.size()
          : sql.bind(handle.createQuery(sql.count())).mapTo(Long.class).one();
      return new DowntimePage(count, page);
    });
  }

  private List<Downtime> page(Handle handle, DowntimeSql sql) {
    return sql.bindPage(handle.createQuery(sql.page(transactions.dialect()))).map(new DowntimeRowMapper()).list();
  }

  // Up to window + 1 matching rows in no particular order (one more than the window tells a full window apart).
  private static List<Downtime> unordered(Handle handle, DowntimeSql sql, long window) {
    return sql.bindFirst(handle.createQuery(sql.first()), window + 1).map(new DowntimeRowMapper())
        .collect(Collectors.toCollection(ArrayList::new));
  }

  // How many rows of the ordered result a query reaches: its offset plus its limit.
  private static long window(DowntimeQuery query) {
    return (long) query.offset() + query.limit();
  }

  // The count follows from the page unless the page is full, or empty past the first row.
  private static boolean countKnown(DowntimeQuery query, List<Downtime> page) {
    return page.size() < query.limit() && (!page.isEmpty() || query.offset() == 0);
  }

  @Override
  public long count(DowntimeQuery query) {
    DowntimeSql sql = DowntimeSql.of(query);
    if (sql.impossible()) {
      return 0;
    }
    return transactions.read(handle -> sql.bind(handle.createQuery(sql.count())).mapTo(Long.class).one());
  }

  @Override
  public void forEach(DowntimeQuery query, Consumer<? super Downtime> action) {
    DowntimeSql sql = DowntimeSql.of(query);
    if (sql.impossible()) {
      return;
    }
    transactions.readConsistent(handle -> {
      try (Stream<Downtime> rows = sql.bindPage(handle.createQuery(sql.page(transactions.dialect())))
          .setFetchSize(FETCH_SIZE).map(new DowntimeRowMapper()).stream()) {
        rows.forEach(action);
      }
      return null;
    });
  }

  @Override
  public Optional<Downtime> update(long id, DowntimeDraft values, String actor) {
    StorableText.check(values);
    StorableText.check("actor", actor);
    return transactions.write((handle, now) -> {
      Optional<Downtime> before = DowntimeRows.findById(handle, id);
      if (before.isEmpty()) {
        return Optional.<Downtime>empty();
      }
      Downtime after = DowntimeRows.update(handle, id, values, now).orElseThrow();
      AuditRows.record(handle, AuditEntry.Action.UPDATE, actor, now, before.get(), after);
      return Optional.of(after);
    });
  }

  @Override
  public List<Downtime> delete(Collection<Long> ids, String actor) {
    StorableText.check("actor", actor);
    if (ids.isEmpty()) {
      return List.of();
    }
    return transactions.write((handle, now) -> {
      List<Downtime> deleted = DowntimeRows.findByIds(handle, ids);
      DowntimeRows.deleteByIds(handle, ids);
      for (Downtime downtime : deleted) {
        AuditRows.record(handle, AuditEntry.Action.DELETE, actor, now, downtime, null);
      }
      return List.copyOf(deleted);
    });
  }

  @Override
  public boolean reachable() {
    try {
      return transactions.read(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public Optional<Instant> lastModified() {
    return Optional.ofNullable(transactions.read(AuditRows::newest)).map(Micros::toInstant);
  }

  /**
   * The database's plan for the statement {@link #find} runs first (for benchmarks and index checks).
   *
   * @return the plan as the database prints it ({@code EXPLAIN QUERY PLAN} on SQLite, {@code EXPLAIN} on PostgreSQL)
   */
  public List<String> explain(DowntimeQuery query) {
    DowntimeSql sql = DowntimeSql.of(query);
    Dialect dialect = transactions.dialect();
    boolean sqlite = dialect == Dialect.SQLITE;
    long window = window(query);
    return transactions.read(handle -> (window <= SINGLE_STATEMENT_LIMIT
        ? sql.bindFirst(handle.createQuery(dialect.explainPrefix() + sql.first()), window + 1)
        : sql.bindPage(handle.createQuery(dialect.explainPrefix() + sql.page(dialect))))
        .map((rs, ctx) -> sqlite ? rs.getString("detail") : rs.getString(1)).list());
  }
}
