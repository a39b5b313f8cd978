package org.observatory.downtime.app;

import java.util.Objects;

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
 */
public record DatabaseSettings(
    Engine engine, String name, String host, int port, String user, String password, String schema, int poolSize) {

  /** The supported databases. */
  public enum Engine { SQLITE, POSTGRESQL }

  public DatabaseSettings {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(schema, "schema");
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
        + ", poolSize " + poolSize + "]";
  }
}
