package org.observatory.downtime.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.observatory.downtime.core.port.out.AuditTrail;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.UserStore;
import org.observatory.downtime.persistence.JdbiPersistence;
import org.observatory.downtime.persistence.PersistenceConfig;

/**
 * The real persistence adapter, migrated and empty, for the app's HTTP and feature tests: a temporary SQLite file
 * ({@link TemporarySqlite}), or a fresh schema {@code t_<random>} in the PostgreSQL database {@code test} at
 * 127.0.0.1:5432 (user {@code root}, else {@code postgres}), dropped on {@link #close()}.
 *
 * <p>PostgreSQL tests skip with a message when the server is unreachable, unless {@code CI=true}: then they fail.
 */
public final class TestDatabase implements AutoCloseable {

  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final JdbiPersistence persistence;
  private final AutoCloseable cleanup;

  private TestDatabase(JdbiPersistence persistence, AutoCloseable cleanup) {
    this.persistence = persistence;
    this.cleanup = cleanup;
  }

  /** A migrated, empty SQLite file in a fresh temporary directory. */
  public static TestDatabase sqlite() {
    TemporarySqlite sqlite = TemporarySqlite.migrated();
    return new TestDatabase(sqlite.persistence(), sqlite);
  }

  /** A migrated, empty schema of its own in the PostgreSQL {@code test} database; skips or fails when unreachable. */
  public static TestDatabase postgresql() {
    String user = reachableUser();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    admin(user, "CREATE SCHEMA " + schema);
    JdbiPersistence persistence = JdbiPersistence.open(
        PersistenceConfig.postgresql("127.0.0.1", 5432, "test", user, "").withSchema(schema).withPoolSize(4));
    try {
      persistence.migrate();
    } catch (RuntimeException e) {
      persistence.close();
      admin(user, "DROP SCHEMA " + schema + " CASCADE");
      throw e;
    }
    return new TestDatabase(persistence, () -> {
      persistence.close();
      admin(user, "DROP SCHEMA " + schema + " CASCADE");
    });
  }

  /** Every store on this database. */
  public JdbiPersistence persistence() {
    return persistence;
  }

  public DowntimeRepository downtimes() {
    return persistence.downtimes();
  }

  public UserStore users() {
    return persistence.users();
  }

  public AuditTrail auditTrail() {
    return persistence.auditTrail();
  }

  /** Closes the pools and removes the data (the SQLite directory, or the PostgreSQL schema). */
  @Override
  public void close() {
    try {
      cleanup.close();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot remove the test database: " + e.getMessage(), e);
    }
  }

  private static String reachableUser() {
    SQLException last = null;
    for (String user : new String[] {"root", "postgres"}) {
      try (Connection ignored = connect(user)) {
        return user;
      } catch (SQLException e) {
        last = e;
      }
    }
    String message = "PostgreSQL is not reachable at " + PG_URL + " (" + last.getMessage() + ")";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + "; CI=true requires it");
    }
    Assumptions.abort(message + "; skipping the PostgreSQL test (set CI=true to make this a failure)");
    return null;
  }

  private static Connection connect(String user) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("connectTimeout", "2");
    return DriverManager.getConnection(PG_URL, properties);
  }

  private static void admin(String user, String sql) {
    try (Connection connection = connect(user); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
