package org.observatory.downtime.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A migrated, empty database for one test: an SQLite file in a fresh temporary directory, or a fresh schema in the
 * PostgreSQL {@code test} database at 127.0.0.1:5432. Closing it closes the pools and removes the data.
 *
 * <p>PostgreSQL tests skip with a message when the server is unreachable, unless {@code CI=true}: then they fail.
 */
final class TestDatabase implements AutoCloseable {

  static final String PG_HOST = "127.0.0.1";
  static final int PG_PORT = 5432;
  static final String PG_DATABASE = "test";

  private final PersistenceConfig config;
  private final JdbiPersistence persistence;
  private final Path directory;

  private TestDatabase(PersistenceConfig config, Clock clock, Path directory) {
    this.config = config;
    this.directory = directory;
    this.persistence = JdbiPersistence.open(config, clock);
    persistence.migrate();
  }

  static TestDatabase create(PersistenceConfig.Engine engine, Clock clock) {
    return engine == PersistenceConfig.Engine.SQLITE ? sqlite(clock) : postgresql(clock);
  }

  static TestDatabase sqlite(Clock clock) {
    try {
      Path directory = Files.createTempDirectory("downtime-test");
      return new TestDatabase(PersistenceConfig.sqlite(directory.resolve("downtime.sqlite3")), clock, directory);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static TestDatabase postgresql(Clock clock) {
    String user = requirePostgres();
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    admin(user, "CREATE SCHEMA " + schema);
    PersistenceConfig config = PersistenceConfig.postgresql(PG_HOST, PG_PORT, PG_DATABASE, user, "").withSchema(schema);
    return new TestDatabase(config, clock, null);
  }

  JdbiPersistence persistence() {
    return persistence;
  }

  PersistenceConfig config() {
    return config;
  }

  @Override
  public void close() {
    persistence.close();
    if (config.engine() == PersistenceConfig.Engine.POSTGRESQL) {
      admin(config.user(), "DROP SCHEMA " + config.schema() + " CASCADE");
    } else {
      deleteTree(directory);
    }
  }

  /** The PostgreSQL user that can connect (root, else postgres); skips or fails the test when none can. */
  static String requirePostgres() {
    SQLException last = null;
    for (String user : new String[] {"root", "postgres"}) {
      try (Connection ignored = connect(user)) {
        return user;
      } catch (SQLException e) {
        last = e;
      }
    }
    String message = "PostgreSQL is not reachable at " + PG_HOST + ":" + PG_PORT + "/" + PG_DATABASE + " ("
        + last.getMessage() + ")";
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
    return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_DATABASE, properties);
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
