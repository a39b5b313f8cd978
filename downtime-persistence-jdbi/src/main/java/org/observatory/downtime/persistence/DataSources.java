package org.observatory.downtime.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The driver-level data sources and connection pools for a {@link PersistenceConfig}. */
final class DataSources {

  static final int BUSY_TIMEOUT_MILLIS = 5_000;
  // SQLite writers queue for the one write connection; a large import may hold it for a while.
  static final long SQLITE_WRITE_TIMEOUT_MILLIS = 10_000;
  private static final int SOCKET_TIMEOUT_SECONDS = 60;

  private DataSources() {
  }

  /**
   * An unpooled data source for the database, e.g. for migrations.
   *
   * @param writer for SQLite: whether transactions begin IMMEDIATE (take the write lock at once, waiting for
   *               other processes up to the busy timeout, instead of failing when a read turns into a write)
   */
  static DataSource direct(PersistenceConfig config, boolean writer) {
    if (config.engine() == PersistenceConfig.Engine.SQLITE) {
      SQLiteConfig sqlite = new SQLiteConfig();
      sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // In WAL mode NORMAL survives a crash of the process but may lose the last commits on a power cut or an OS
      // crash; FULL syncs the WAL on every commit, so a write answered 201 stays written (one fsync per write).
      sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
      sqlite.enforceForeignKeys(true);
      sqlite.setTransactionMode(writer ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
      SQLiteDataSource source = new SQLiteDataSource(sqlite);
      source.setUrl(config.jdbcUrl());
      return source;
    }
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(config.jdbcUrl());
    if (!config.user().isEmpty()) {
      source.setUser(config.user());
    }
    if (!config.password().isEmpty()) {
      source.setPassword(config.password());
    }
    // The driver counts whole seconds; a new connection may take as long as a request waits for one.
    int connectSeconds = (int) Math.max(1, (config.connectTimeout().toMillis() + 999) / 1000);
    source.setConnectTimeout(connectSeconds);
    source.setLoginTimeout(connectSeconds);
    source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
    source.setTcpKeepAlive(true);
    source.setApplicationName("downtime");
    // Server error details can quote stored values (tokens); keep them out of exception messages.
    source.setLogServerErrorDetail(false);
    return source;
  }

  /** The idle connections a pool keeps once the database is in use. */
  static int warmIdle(int size) {
    return Math.min(size, 2);
  }

  /** @param metrics where the pool reports {@code hikaricp_connections_*}, tagged with its name */
  static HikariDataSource pool(PersistenceConfig config, String name, int size, boolean writer, long waitMillis,
                               Optional<MeterRegistry> metrics) {
    HikariConfig hikari = new HikariConfig();
    metrics.ifPresent(registry -> hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
    hikari.setPoolName(name);
    hikari.setDataSource(direct(config, writer));
    hikari.setMaximumPoolSize(size);
    // No connection is made before the first use (a command such as `--help` must not create an SQLite file):
    // JdbiPersistence.migrate raises the idle minimum once the database is in use.
    hikari.setMinimumIdle(0);
    hikari.setConnectionTimeout(waitMillis);
    hikari.setValidationTimeout(Math.max(250, Math.min(waitMillis / 2, 2_000)));
    // Start even when the database is down: requests fail with 503 and the pool recovers on its own.
    hikari.setInitializationFailTimeout(-1);
    // A pool built empty starts on its first connection: building one touches no database (nor an SQLite file).
    HikariDataSource pool = new HikariDataSource();
    hikari.copyStateTo(pool);
    return pool;
  }
}
