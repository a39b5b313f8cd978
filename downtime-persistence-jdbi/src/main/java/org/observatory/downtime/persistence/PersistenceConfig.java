package org.observatory.downtime.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the downtime database is and how to reach it.
 *
 * @param engine   which database
 * @param database SQLite: the database file path; PostgreSQL: the database name
 * @param host     PostgreSQL host (ignored for SQLite)
 * @param port     PostgreSQL port (ignored for SQLite)
 * @param user     PostgreSQL user, may be {@code ""} (ignored for SQLite)
 * @param password PostgreSQL password, may be {@code ""} (ignored for SQLite); never logged nor shown by {@link #toString()}
 * @param schema   PostgreSQL schema to work in, {@code ""} for the server's default (tests isolate themselves with it)
 * @param poolSize most connections kept open at once, at least 1
 * @param connectTimeout how long a request waits for a database connection (and PostgreSQL for a new one to open)
 *                       before it fails, so an outage is answered at once; at least 250 ms
 */
public record PersistenceConfig(Engine engine, String database, String host, int port, String user, String password,
    String schema, int poolSize, Duration connectTimeout) {

  /** The pool size when none is given: enough for 8 concurrent requests on a 2-core machine. */
  public static final int DEFAULT_POOL_SIZE = 10;

  /** The connection wait when none is given. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** The shortest connection wait the pool honours (HikariCP's floor). */
  public static final Duration MIN_CONNECT_TIMEOUT = Duration.ofMillis(250);

  /** The supported databases. */
  public enum Engine {
    SQLITE, POSTGRESQL;

    /**
     * The engine named by {@code DB_ENGINE}: {@code django.db.backends.sqlite3}, {@code sqlite},
     * {@code django.db.backends.postgresql}, {@code django.db.backends.postgresql_psycopg2}, {@code postgresql}.
     */
    public static Optional<Engine> parse(String text) {
      if (text == null) {
        return Optional.empty();
      }
      return switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "django.db.backends.sqlite3", "sqlite", "sqlite3" -> Optional.of(SQLITE);
        case "django.db.backends.postgresql", "django.db.backends.postgresql_psycopg2", "postgresql", "postgres" ->
            Optional.of(POSTGRESQL);
        default -> Optional.empty();
      };
    }
  }

  public PersistenceConfig {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(database, "database");
    if (database.isBlank()) {
      throw new IllegalArgumentException("database must not be blank");
    }
    host = host == null || host.isBlank() ? "127.0.0.1" : host;
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
    }
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    schema = schema == null ? "" : schema;
    if (!schema.isEmpty() && !schema.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("schema must be a plain identifier, was " + schema);
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (connectTimeout.compareTo(MIN_CONNECT_TIMEOUT) < 0) {
      throw new IllegalArgumentException("connectTimeout must be at least 250 ms, was " + connectTimeout.toMillis() + " ms");
    }
  }

  /** An SQLite database in this file (created when missing). */
  public static PersistenceConfig sqlite(Path file) {
    return new PersistenceConfig(Engine.SQLITE, file.toString(), "", 5432, "", "", "", DEFAULT_POOL_SIZE,
        DEFAULT_CONNECT_TIMEOUT);
  }

  /** A PostgreSQL database. */
  public static PersistenceConfig postgresql(String host, int port, String database, String user, String password) {
    return new PersistenceConfig(Engine.POSTGRESQL, database, host, port, user, password, "", DEFAULT_POOL_SIZE,
        DEFAULT_CONNECT_TIMEOUT);
  }

  public PersistenceConfig withSchema(String value) {
    return new PersistenceConfig(engine, database, host, port, user, password, value, poolSize, connectTimeout);
  }

  public PersistenceConfig withPoolSize(int value) {
    return new PersistenceConfig(engine, database, host, port, user, password, schema, value, connectTimeout);
  }

  public PersistenceConfig withConnectTimeout(Duration value) {
    return new PersistenceConfig(engine, database, host, port, user, password, schema, poolSize, value);
  }

  /** The JDBC URL, without user or password. */
  public String jdbcUrl() {
    if (engine == Engine.SQLITE) {
      return "jdbc:sqlite:" + database;
    }
    String url = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    return schema.isEmpty() ? url : url + "?currentSchema=" + schema;
  }

  /** Where the database is, for messages and logs; never includes the password. */
  public String describe() {
    return engine == Engine.SQLITE ? "SQLite database " + database
        : "PostgreSQL database " + database + " at " + host + ":" + port + (user.isEmpty() ? "" : " as " + user);
  }

  @Override
  public String toString() {
    return "PersistenceConfig[" + describe() + (schema.isEmpty() ? "" : ", schema " + schema)
        + ", poolSize " + poolSize + ", connectTimeout " + connectTimeout.toMillis() + " ms, password " + (password.isEmpty() ? "none" : "set") + "]";
  }
}
