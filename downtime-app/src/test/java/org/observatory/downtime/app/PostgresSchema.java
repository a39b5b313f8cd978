package org.observatory.downtime.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own in the {@code test} database at 127.0.0.1:5432, dropped afterwards, so tests of several
 * modules can share the database. Unreachable PostgreSQL skips the test, unless {@code CI=true}: then it fails.
 */
final class PostgresSchema implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  static final String DATABASE = "test";

  private final String user;
  private final String name;

  private PostgresSchema(String user, String name) {
    this.user = user;
    this.name = name;
  }

  /** Creates {@code t_<random>} as the first of {@code root} or {@code postgres} that can connect. */
  static PostgresSchema create() {
    String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    SQLException last = null;
    for (String user : new String[] {"root", "postgres"}) {
      try (Connection connection = connect(user); Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA " + name);
        return new PostgresSchema(user, name);
      } catch (SQLException e) {
        last = e;
      }
    }
    String message = "PostgreSQL at " + HOST + ":5432/" + DATABASE + " is unreachable (" + last.getMessage() + ")";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + "; CI=true requires it");
    }
    Assumptions.abort(message + "; skipping the PostgreSQL test (set CI=true to make this a failure)");
    throw new IllegalStateException("unreachable");
  }

  String user() {
    return user;
  }

  String name() {
    return name;
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = connect(user); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  private static Connection connect(String user) throws SQLException {
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("user", user);
    properties.setProperty("connectTimeout", "5");
    return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + DATABASE, properties);
  }
}
