package org.observatory.downtime.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.observatory.downtime.core.model.Downtime;

/**
 * Reads a {@link Downtime} from the columns of {@link DowntimeSql#COLUMNS}, in that order. One mapper serves one
 * query: it shares the repeated codes (site, enclosure, telescope, instrument type, category, creator) among the rows
 * it reads, so a long read keeps one copy of each instead of one per row.
 */
final class DowntimeRowMapper implements RowMapper<Downtime> {

  private final Map<String, String> codes = new HashMap<>();

  @Override
  public Downtime map(ResultSet rs, StatementContext ctx) throws SQLException {
    long seriesId = rs.getLong(12);
    Long series = rs.wasNull() ? null : seriesId;
    return new Downtime(
        rs.getLong(1),
        Micros.toInstant(rs.getLong(2)),
        Micros.toInstant(rs.getLong(3)),
        code(rs.getString(4)),
        code(rs.getString(5)),
        code(rs.getString(6)),
        code(rs.getString(7)),
        rs.getString(8),
        Micros.toInstant(rs.getLong(9)),
        Micros.toInstant(rs.getLong(10)),
        code(rs.getString(11)),
        series,
        code(rs.getString(13)));
  }

  private String code(String value) {
    if (value == null) {
      return null;
    }
    // Codes are few; a reason-sized value would not repeat, so only short ones are shared.
    return value.length() > 64 ? value : codes.computeIfAbsent(value, v -> v);
  }
}
