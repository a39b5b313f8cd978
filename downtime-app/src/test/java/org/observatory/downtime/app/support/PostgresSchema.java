package org.observatory.downtime.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema in the PostgreSQL {@code test} database at 127.0.0.1:5432 (user {@code root}, else {@code postgres}),
 * dropped on {@link #close()}, so test classes and modules sharing the database never see each other's rows.
 * Unreachable PostgreSQL skips the test with a message, unless {@code CI=true}: then it fails.
 */
public final class PostgresSchema implements AutoCloseable {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = 5432;
  public static final String DATABASE = "test";

  private final String user;
  private final String name;

  private PostgresSchema(String user, String name) {
    this.user = user;
    this.name = name;
  }

  /** Creates {@code t_<random>} as the first of {@code root} or {@code postgres} that can connect. */
  public static PostgresSchema create() {
    String user = reachableUser();
    String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(user, "CREATE SCHEMA " + name);
    return new PostgresSchema(user, name);
  }

  /** The database user that could connect. */
  public String user() {
    return user;
  }

  /** The schema's name, for {@code DB_SCHEMA} or {@code PersistenceConfig.withSchema}. */
  public String name() {
    return name;
  }

  @Override
  public void close() {
    execute(user, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
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
    String message = "PostgreSQL is not reachable at " + HOST + ":" + PORT + "/" + DATABASE + " (" + last.getMessage() + ")";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + "; CI=true requires it");
    }
    Assumptions.abort(message + "; skipping this PostgreSQL test (set CI=true to make it a failure)");
    throw new IllegalStateException(message);
  }

  private static Connection connect(String user) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("connectTimeout", "2");
    return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE, properties);
  }

  private static void execute(String user, String sql) {
    try (Connection connection = connect(user); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
