package org.observatory.downtime.app.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.UserStore;
import org.observatory.downtime.persistence.JdbiPersistence;
import org.observatory.downtime.persistence.PersistenceConfig;

/**
 * The real persistence adapter, migrated and empty: an SQLite file in a fresh temporary directory, or a fresh schema
 * {@code t_<random>} in the PostgreSQL database {@code test} at 127.0.0.1:5432, dropped on close.
 *
 * <p>PostgreSQL tests skip with a message when the server is unreachable, unless {@code CI=true}: then they fail.
 */
final class JdbiBackend implements Backend {

  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private final JdbiPersistence persistence;
  private final Runnable cleanup;

  private JdbiBackend(PersistenceConfig config, Runnable cleanup) {
    this.persistence = JdbiPersistence.open(config);
    this.cleanup = cleanup;
    persistence.migrate();
  }

  static JdbiBackend sqlite() {
    try {
      Path directory = Files.createTempDirectory("downtime-http-test");
      return new JdbiBackend(PersistenceConfig.sqlite(directory.resolve("downtime.sqlite3")), () -> deleteTree(directory));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static JdbiBackend postgresql() {
    String user = postgresUser();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    admin(user, "CREATE SCHEMA " + schema);
    PersistenceConfig config = PersistenceConfig.postgresql("127.0.0.1", 5432, "test", user, "").withSchema(schema);
    return new JdbiBackend(config, () -> admin(user, "DROP SCHEMA " + schema + " CASCADE"));
  }

  @Override
  public DowntimeRepository downtimes() {
    return persistence.downtimes();
  }

  @Override
  public UserStore users() {
    return persistence.users();
  }

  @Override
  public void close() {
    persistence.close();
    cleanup.run();
  }

  private static String postgresUser() {
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
    Assumptions.abort(message + "; skipping the PostgreSQL HTTP tests (set CI=true to make this a failure)");
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

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
