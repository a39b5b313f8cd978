package org.observatory.downtime.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.observatory.downtime.core.model.UnavailableException;

/**
 * The downtime database: connection pools, migrations and the stores built on them.
 *
 * <p>Usage: {@code try (JdbiPersistence db = JdbiPersistence.open(config)) { db.migrate(); db.downtimes()... }}.
 * On SQLite, reads share a pool and writes go through one connection (one writer at a time); on PostgreSQL one
 * pool serves both and writers take an advisory lock.
 */
public final class JdbiPersistence implements AutoCloseable {

  private final PersistenceConfig config;
  private final Dialect dialect;
  private final HikariDataSource readPool;
  private final HikariDataSource writePool;
  private final Transactions transactions;
  private final JdbiDowntimeRepository downtimes;
  private final JdbiAuditTrail auditTrail;
  private final JdbiUserStore users;
  private final JdbiChangeLog changes;
  private final JdbiLoginFailures loginFailures;
  private final JdbiWebhookSubscriptions webhookSubscriptions;
  private final JdbiWebhookOutbox webhookOutbox;

  private JdbiPersistence(PersistenceConfig config, Clock clock, Optional<MeterRegistry> metrics) {
    this.config = config;
    this.dialect = Dialect.of(config.engine());
    if (dialect == Dialect.SQLITE) {
      readPool = DataSources.pool(config, "downtime-read", config.poolSize(), false,
          config.connectTimeout().toMillis(), metrics);
      writePool = DataSources.pool(config, "downtime-write", 1, true, DataSources.SQLITE_WRITE_TIMEOUT_MILLIS,
          metrics);
    } else {
      readPool = DataSources.pool(config, "downtime", config.poolSize(), true, config.connectTimeout().toMillis(),
          metrics);
      writePool = readPool;
    }
    transactions = new Transactions(jdbi(readPool), jdbi(writePool), dialect, clock, config.describe());
    downtimes = new JdbiDowntimeRepository(transactions);
    auditTrail = new JdbiAuditTrail(transactions);
    users = new JdbiUserStore(transactions);
    changes = new JdbiChangeLog(transactions);
    loginFailures = new JdbiLoginFailures(transactions);
    webhookSubscriptions = new JdbiWebhookSubscriptions(transactions, clock);
    webhookOutbox = new JdbiWebhookOutbox(transactions);
  }

  /** Opens the pools on the system clock (UTC). Does not connect yet: an unreachable database fails on first use. */
  public static JdbiPersistence open(PersistenceConfig config) {
    return open(config, Clock.systemUTC());
  }

  /**
   * Opens the pools; the stores stamp {@code created}, {@code modified} and audit times from {@code clock}.
   *
   * <p>Touches no database: the pools start on their first connection, and an SQLite file (with its directory) is
   * created by {@link #migrate()}.
   */
  public static JdbiPersistence open(PersistenceConfig config, Clock clock) {
    return new JdbiPersistence(Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock, "clock"),
        Optional.empty());
  }

  /** As {@link #open(PersistenceConfig, Clock)}, the pools reporting {@code hikaricp_connections_*} to {@code metrics}. */
  public static JdbiPersistence open(PersistenceConfig config, Clock clock, MeterRegistry metrics) {
    return new JdbiPersistence(Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock, "clock"),
        Optional.of(metrics));
  }

  /**
   * Brings the schema up to date (Flyway; a no-op when it already is).
   *
   * @return how many migrations were applied
   * @throws UnavailableException when the database cannot be reached or a migration fails, or the SQLite file's
   *                              directory cannot be created
   */
  public int migrate() {
    if (config.engine() == PersistenceConfig.Engine.SQLITE) {
      createParentDirectory(Path.of(config.database()));
    }
    DataSource direct = DataSources.direct(config, true);
    try {
      MigrateResult result = Flyway.configure()
          .dataSource(direct)
          .locations(dialect.migrations())
          .failOnMissingLocations(true)
          .load()
          .migrate();
      keepWarm();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw ExceptionTranslator.translate(config.describe() + " (migrating)", e);
    }
  }

  // From now on the pools keep a few idle connections ready, so requests do not pay for connecting.
  private void keepWarm() {
    readPool.getHikariConfigMXBean().setMinimumIdle(DataSources.warmIdle(config.poolSize()));
    if (writePool != readPool) {
      writePool.getHikariConfigMXBean().setMinimumIdle(1);
    }
  }

  /**
   * Refreshes the query planner's statistics (ANALYZE), e.g. after a bulk import; PostgreSQL also does this
   * on its own from time to time.
   *
   * @throws UnavailableException when the database cannot be reached
   */
  public void analyze() {
    transactions.maintain("ANALYZE");
  }

  /**
   * Writes a consistent copy of the SQLite database to a new file while the service keeps running ({@code VACUUM
   * INTO}: a snapshot of the last commit, compacted, usable as the database file as it is).
   *
   * @return a line for people saying what was written
   * @throws org.observatory.downtime.core.model.ValidationException when the file exists already or its directory
   *                                                                  does not ({@code FILE})
   * @throws UnsupportedOperationException on PostgreSQL, explaining how to back it up instead
   * @throws UnavailableException          when the database cannot be read or the file cannot be written
   */
  public String backup(Path file) {
    return new SqliteBackup(config, transactions).write(file);
  }

  /** The downtimes, with their audit trail written alongside. */
  public JdbiDowntimeRepository downtimes() {
    return downtimes;
  }

  /** The history of changes {@link #downtimes()} recorded. */
  public JdbiAuditTrail auditTrail() {
    return auditTrail;
  }

  /** The change feed's events, recorded with every change {@link #downtimes()} makes. */
  public JdbiChangeLog changes() {
    return changes;
  }

  /** Local and portal user accounts with their API tokens. */
  public JdbiUserStore users() {
    return users;
  }

  /** Failed password checks, counted for the login throttle of every instance sharing the database. */
  public JdbiLoginFailures loginFailures() {
    return loginFailures;
  }

  /** Webhook subscriptions with how their deliveries stand. */
  public JdbiWebhookSubscriptions webhookSubscriptions() {
    return webhookSubscriptions;
  }

  /** The webhook deliveries queued with every change, claimed by the instances that send them. */
  public JdbiWebhookOutbox webhookOutbox() {
    return webhookOutbox;
  }

  /** Whether the database answers right now; never throws. */
  public boolean reachable() {
    return downtimes.reachable();
  }

  public PersistenceConfig config() {
    return config;
  }

  /** Closes the pools; the stores fail afterwards. */
  @Override
  public void close() {
    readPool.close();
    if (writePool != readPool) {
      writePool.close();
    }
  }

  private static Jdbi jdbi(DataSource pool) {
    Jdbi jdbi = Jdbi.create(pool);
    jdbi.setTemplateEngine(new NoTemplateEngine());
    // Never render bound values into exception messages: they can hold API tokens and password hashes.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    return jdbi;
  }

  private static void createParentDirectory(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UnavailableException("Cannot create the directory of the SQLite database " + file + ": " + e.getMessage(), e);
    }
  }
}
