package org.observatory.downtime.app.support;

import org.observatory.downtime.core.port.out.AuditTrail;
import org.observatory.downtime.core.port.out.ChangeLog;
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
    PostgresSchema schema = PostgresSchema.create();
    JdbiPersistence persistence = JdbiPersistence.open(PersistenceConfig.postgresql(PostgresSchema.HOST,
        PostgresSchema.PORT, PostgresSchema.DATABASE, schema.user(), "").withSchema(schema.name()).withPoolSize(4));
    try {
      persistence.migrate();
    } catch (RuntimeException e) {
      persistence.close();
      schema.close();
      throw e;
    }
    return new TestDatabase(persistence, () -> {
      persistence.close();
      schema.close();
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

  public ChangeLog changes() {
    return persistence.changes();
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
}
