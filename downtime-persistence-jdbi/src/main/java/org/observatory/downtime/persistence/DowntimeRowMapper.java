package org.observatory.downtime.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.observatory.downtime.core.model.Downtime;

/** Reads a {@link Downtime} from the columns of {@link DowntimeSql#COLUMNS}. */
final class DowntimeRowMapper implements RowMapper<Downtime> {

  @Override
  public Downtime map(ResultSet rs, StatementContext ctx) throws SQLException {
    long seriesId = rs.getLong("series_id");
    Long series = rs.wasNull() ? null : seriesId;
    return new Downtime(
        rs.getLong("id"),
        Micros.toInstant(rs.getLong("start_us")),
        Micros.toInstant(rs.getLong("end_us")),
        rs.getString("site"),
        rs.getString("enclosure"),
        rs.getString("telescope"),
        rs.getString("instrument_type"),
        rs.getString("reason"),
        Micros.toInstant(rs.getLong("created_us")),
        Micros.toInstant(rs.getLong("modified_us")),
        rs.getString("created_by"),
        series,
        rs.getString("category"));
  }
}
