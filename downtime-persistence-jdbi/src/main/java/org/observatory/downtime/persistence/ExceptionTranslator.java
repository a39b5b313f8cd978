package org.observatory.downtime.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.observatory.downtime.core.model.UnavailableException;

/**
 * Turns driver and pool failures into {@link UnavailableException}s with messages that say what happened
 * without echoing statements or their values (which can hold password hashes and API tokens).
 */
final class ExceptionTranslator {

  /** What clients are told: the host, user and driver's reason stay in the operators' log. */
  static final String PUBLIC_MESSAGE = "The database is unavailable. Try again in a moment.";

  private ExceptionTranslator() {
  }

  static UnavailableException translate(String database, Exception failure) {
    SQLException sql = find(failure, SQLException.class);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String reason;
    if (find(failure, SQLTransientConnectionException.class) != null || find(failure, ConnectException.class) != null
        || state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
      reason = "cannot connect: " + firstLine(rootMessage(failure));
    } else if (sql != null && sql.getMessage() != null && sql.getMessage().contains("SQLITE_BUSY")) {
      reason = "the database file is locked by another process";
    } else if (sql != null) {
      reason = "the database refused a statement (SQLSTATE " + (state.isEmpty() ? "unknown" : state) + ", "
          + sql.getClass().getSimpleName() + ", error code " + sql.getErrorCode() + ")";
    } else {
      reason = firstLine(rootMessage(failure));
    }
    // The cause is the driver's exception, never Jdbi's: Jdbi's message can carry the statement's bound values.
    return new UnavailableException(PUBLIC_MESSAGE, "The " + database + " is unavailable: " + reason, sql);
  }

  private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
