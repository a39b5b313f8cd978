package org.observatory.downtime.app;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the downtime database is ({@code DB_*} variables).
 *
 * @param engine   SQLite or PostgreSQL
 * @param name     SQLite: the file; PostgreSQL: the database name
 * @param host     PostgreSQL host
 * @param port     PostgreSQL port
 * @param user     PostgreSQL user, may be {@code ""}
 * @param password PostgreSQL password, may be {@code ""}; never shown by {@link #toString()}
 * @param schema   PostgreSQL schema, {@code ""} for the server's default
 * @param poolSize most connections kept open at once
 * @param connectTimeout how long a request waits for a database connection before it is answered 503
 *                       ({@code DB_CONNECT_TIMEOUT_SECONDS})
 */
public record DatabaseSettings(Engine engine, String name, String host, int port, String user, String password,
    String schema, int poolSize, Duration connectTimeout) {

  /** {@code DB_CONNECT_TIMEOUT_SECONDS} when unset. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** The supported databases. */
  public enum Engine { SQLITE, POSTGRESQL }

  public DatabaseSettings {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
  }

  /** {@code DB_CONNECT_TIMEOUT_SECONDS}: 0.25 to 60 seconds, fractions allowed; 2 when unset. */
  static Duration connectTimeout(EnvironmentReader env) {
    String name = "DB_CONNECT_TIMEOUT_SECONDS";
    Optional<String> value = env.optional(name);
    if (value.isEmpty()) {
      return DEFAULT_CONNECT_TIMEOUT;
    }
    BigDecimal seconds;
    try {
      seconds = new BigDecimal(value.get());
    } catch (NumberFormatException e) {
      throw new ConfigException(name + ": \"" + value.get() + "\" is not a number of seconds (e.g. 2 or 0.5).");
    }
    // The connection pool ignores waits under a quarter of a second (it would silently wait 30 s instead).
    if (seconds.compareTo(new BigDecimal("0.25")) < 0 || seconds.compareTo(BigDecimal.valueOf(60)) > 0) {
      throw new ConfigException(name + ": " + value.get() + " is out of range; use a number of seconds from 0.25 to 60.");
    }
    return Duration.ofMillis(seconds.movePointRight(3).longValue());
  }

  /** Where the database is, for the start-up log; never the password. */
  public String describe() {
    return engine == Engine.SQLITE
        ? "SQLite database " + name
        : "PostgreSQL database " + name + " at " + host + ":" + port + (user.isEmpty() ? "" : " as " + user)
            + (schema.isEmpty() ? "" : ", schema " + schema);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + describe() + ", password " + (password.isEmpty() ? "none" : "****")
        + ", poolSize " + poolSize + ", connectTimeout " + connectTimeout.toMillis() + " ms]";
  }
}
