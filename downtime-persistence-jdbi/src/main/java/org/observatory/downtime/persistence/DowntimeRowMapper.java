package org.observatory.downtime.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.observatory.downtime.core.model.Downtime;

/**
 * Reads a {@link Downtime} from the columns of {@link DowntimeSql#COLUMNS}, in that order. One mapper serves one
 * query: the codes (site, enclosure, telescope, instrument type, creator, category) repeat from row to row, so each
 * distinct one is decoded once per read and found again by its bytes; the rows share one {@code String} of it, which
 * keeps a long read small and lets the JSON writer encode it once.
 */
final class DowntimeRowMapper implements RowMapper<Downtime> {

  // Codes are short; a reason-sized value would not repeat, so only short ones are shared.
  private static final int LONGEST_SHARED = 64;

  private byte[][] keys = new byte[32][];
  private String[] strings = new String[32];
  private int shared;

  @Override
  public Downtime map(ResultSet rs, StatementContext ctx) throws SQLException {
    long seriesId = rs.getLong(12);
    Long series = rs.wasNull() ? null : seriesId;
    return new Downtime(
        rs.getLong(1),
        Micros.toInstant(rs.getLong(2)),
        Micros.toInstant(rs.getLong(3)),
        code(rs, 4),
        code(rs, 5),
        code(rs, 6),
        code(rs, 7),
        rs.getString(8),
        Micros.toInstant(rs.getLong(9)),
        Micros.toInstant(rs.getLong(10)),
        code(rs, 11),
        series,
        code(rs, 13));
  }

  // Both drivers hand out a text column's UTF-8 bytes as they came from the database, without decoding them.
  private String code(ResultSet rs, int column) throws SQLException {
    byte[] bytes = rs.getBytes(column);
    if (bytes == null) {
      return null;
    }
    if (bytes.length > LONGEST_SHARED) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    int slot = slot(keys, bytes);
    if (keys[slot] != null) {
      return strings[slot];
    }
    String value = new String(bytes, StandardCharsets.UTF_8);
    keys[slot] = bytes;
    strings[slot] = value;
    if (++shared * 2 > keys.length) {
      grow();
    }
    return value;
  }

  // Open addressing, at most half full.
  private void grow() {
    byte[][] oldKeys = keys;
    String[] oldStrings = strings;
    keys = new byte[oldKeys.length * 2][];
    strings = new String[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        strings[slot] = oldStrings[i];
      }
    }
  }

  // The slot holding these bytes, else the free slot where they belong (linear probing).
  private static int slot(byte[][] table, byte[] bytes) {
    int mask = table.length - 1;
    int slot = hash(bytes) & mask;
    while (table[slot] != null && !Arrays.equals(table[slot], bytes)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int hash(byte[] bytes) {
    int h = Arrays.hashCode(bytes);
    return h ^ (h >>> 16);
  }
}
