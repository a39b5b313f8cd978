package org.observatory.downtime.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.SqlStatement;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SiteWindow;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;

/**
 * The SQL for one {@link DowntimeQuery}: a WHERE clause put together only from fixed fragments, with every value
 * bound as a parameter, and the ORDER BY and paging clauses chosen by enum.
 */
final class DowntimeSql {

  static final String COLUMNS = "id, start_us, end_us, site, enclosure, telescope, instrument_type, reason, "
      + "created_us, modified_us, created_by, series_id, category";

  // end >= a implies start >= a - (longest duration): a redundant bound that lets the (start) and
  // (site, start) indexes serve overlap queries. MAX over the indexed duration is one index probe, and
  // being part of the same statement it sees the same snapshot as the rows.
  private static final String LONGEST = "(SELECT COALESCE(MAX(duration_us), 0) FROM downtime)";

  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final DowntimeQuery query;
  private boolean impossible;

  private DowntimeSql(DowntimeQuery query) {
    this.query = query;
    codes("site", query.sites());
    codes("enclosure", query.enclosures());
    codes("telescope", query.telescopes());
    codes("instrument_type", query.instrumentTypes());
    bound("start_us", ">=", "starts_after", query.startsAfter());
    bound("start_us", "<=", "starts_before", query.startsBefore());
    bound("end_us", ">=", "ends_after", query.endsAfter());
    bound("end_us", "<=", "ends_before", query.endsBefore());
    query.endsAfter().ifPresent(t -> condition("start_us >= :ends_after - " + LONGEST));
    // start < end <= b: the same kind of redundant bound for "ends before".
    query.endsBefore().ifPresent(t -> condition("start_us <= :ends_before"));
    bound("created_us", ">=", "created_after", query.createdAfter());
    bound("created_us", "<=", "created_before", query.createdBefore());
    bound("modified_us", ">=", "modified_after", query.modifiedAfter());
    bound("modified_us", "<=", "modified_before", query.modifiedBefore());
    query.reasonContains().ifPresent(text -> {
      String needle = DowntimeQuery.fold(text);
      impossible |= !StorableText.storable(needle);
      condition("reason_folded LIKE :reason_pattern ESCAPE '\\'");
      values.put("reason_pattern", "%" + escapeLike(needle) + "%");
    });
    query.reasonExact().ifPresent(text -> {
      impossible |= !StorableText.storable(text);
      condition("reason = :reason_exact");
      values.put("reason_exact", text);
    });
    codes("category", query.categories());
    query.darkness().ifPresent(this::darkness);
    query.seriesId().ifPresent(id -> {
      condition("series_id = :series_id");
      values.put("series_id", id);
    });
  }

  static DowntimeSql of(DowntimeQuery query) {
    return new DowntimeSql(query);
  }

  /** Whether no stored row can match (a filter value the database could never hold), so no SQL need run. */
  boolean impossible() {
    return impossible;
  }

  /** {@code SELECT count(*)} of the matching rows, paging ignored. */
  String count() {
    return "SELECT COUNT(*) FROM downtime" + where;
  }

  /** The matching rows in the query's order, with its limit and offset. */
  String page(Dialect dialect) {
    String paging = query.limit() == DowntimeQuery.UNLIMITED ? dialect.noLimit() : "LIMIT :limit";
    return "SELECT " + COLUMNS + " FROM downtime" + where + orderBy(dialect) + " " + paging + " OFFSET :offset";
  }

  /** Up to {@code :first} matching rows, in no particular order (see {@link #bindFirst}). */
  String first() {
    return "SELECT " + COLUMNS + " FROM downtime" + where + " LIMIT :first";
  }

  /** Binds every value of the WHERE clause and how many rows {@link #first} reads at most. */
  <S extends SqlStatement<S>> S bindFirst(S statement, long rows) {
    return bind(statement).bind("first", rows);
  }

  /** Binds every value of the WHERE clause and the paging. */
  <S extends SqlStatement<S>> S bind(S statement) {
    values.forEach(statement::bind);
    return statement;
  }

  /** Binds the paging values too (for {@link #page}). */
  <S extends SqlStatement<S>> S bindPage(S statement) {
    bind(statement).bind("offset", (long) query.offset());
    if (query.limit() != DowntimeQuery.UNLIMITED) {
      statement.bind("limit", (long) query.limit());
    }
    return statement;
  }

  private String orderBy(Dialect dialect) {
    // SQLite's planner prefers an index that yields the order (e.g. on created) over a range on start, and then
    // scans the whole table. For a time window the range is the one to use: a unary + makes the sort keys
    // expressions that no index provides. PostgreSQL weighs both with statistics and needs no hint.
    boolean window = (query.endsAfter().isPresent() || query.startsAfter().isPresent())
        && (query.startsBefore().isPresent() || query.endsBefore().isPresent()) || query.darkness().isPresent();
    String prefix = window && dialect == Dialect.SQLITE ? "+" : "";
    List<String> terms = new ArrayList<>();
    for (SortKey key : query.order()) {
      terms.add(prefix + column(key.field()) + (key.descending() ? " DESC" : " ASC"));
    }
    terms.add("id ASC");
    return " ORDER BY " + String.join(", ", terms);
  }

  private static String column(SortField field) {
    return switch (field) {
      case ID -> "id";
      case START -> "start_us";
      case END -> "end_us";
      case CREATED -> "created_us";
      case MODIFIED -> "modified_us";
      case SITE -> "site";
      case ENCLOSURE -> "enclosure";
      case TELESCOPE -> "telescope";
      case INSTRUMENT_TYPE -> "instrument_type";
      case REASON -> "reason";
      case CREATED_BY -> "created_by";
    };
  }

  private void codes(String column, Set<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    List<String> storable = codes.stream().filter(StorableText::storable).sorted().toList();
    if (storable.isEmpty()) {
      impossible = true;
      return;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < storable.size(); i++) {
      String name = column + "_" + i;
      names.add(":" + name);
      values.put(name, storable.get(i));
    }
    condition(column + (names.size() == 1 ? " = " + names.get(0) : " IN (" + String.join(", ", names) + ")"));
  }

  // Overlapping one window at the downtime's own site; the bounds of all windows together, redundant, let the
  // (site, start) and (start) indexes serve it as they serve an overlap filter.
  private void darkness(List<SiteWindow> windows) {
    if (windows.isEmpty()) {
      impossible = true;
      return;
    }
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      SiteWindow window = windows.get(i);
      terms.add("(site = :dark_site_" + i + " AND end_us >= :dark_from_" + i + " AND start_us <= :dark_to_" + i + ")");
      values.put("dark_site_" + i, window.site());
      values.put("dark_from_" + i, Micros.bound(window.from()));
      values.put("dark_to_" + i, Micros.bound(window.to()));
    }
    condition("(" + String.join(" OR ", terms) + ")");
    Instant first = windows.stream().map(SiteWindow::from).min(Instant::compareTo).orElseThrow();
    Instant last = windows.stream().map(SiteWindow::to).max(Instant::compareTo).orElseThrow();
    values.put("dark_first", Micros.bound(first));
    values.put("dark_last", Micros.bound(last));
    condition("start_us <= :dark_last AND start_us >= :dark_first - " + LONGEST);
  }

  private void bound(String column, String operator, String name, Optional<Instant> value) {
    value.ifPresent(t -> {
      condition(column + " " + operator + " :" + name);
      values.put(name, Micros.bound(t));
    });
  }

  private void condition(String sql) {
    where.append(where.isEmpty() ? " WHERE " : " AND ").append(sql);
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
