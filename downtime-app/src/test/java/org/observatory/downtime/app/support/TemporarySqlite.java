package org.observatory.downtime.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.observatory.downtime.persistence.JdbiPersistence;
import org.observatory.downtime.persistence.PersistenceConfig;

/**
 * The real persistence adapter on a migrated SQLite file in a fresh temporary directory, removed again on
 * {@link #close()}: the store the app's end-to-end tests run against.
 *
 * <p>Usage: {@code try (TemporarySqlite db = TemporarySqlite.migrated()) { db.persistence().downtimes()... }}.
 */
public final class TemporarySqlite implements AutoCloseable {

  private final Path directory;
  private final JdbiPersistence persistence;

  private TemporarySqlite(Path directory) {
    this.directory = directory;
    this.persistence = JdbiPersistence.open(PersistenceConfig.sqlite(directory.resolve("downtime.sqlite3")));
  }

  /** Opens a new, empty database file and applies every migration. */
  public static TemporarySqlite migrated() {
    Path directory;
    try {
      directory = Files.createTempDirectory("downtime-test-db-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TemporarySqlite database = new TemporarySqlite(directory);
    try {
      database.persistence.migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  /** The stores (downtimes, users, audit trail) on this database. */
  public JdbiPersistence persistence() {
    return persistence;
  }

  /** Closes the pools and deletes the database file (with its WAL files) and its directory. */
  @Override
  public void close() {
    persistence.close();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the test database in " + directory, e);
    }
  }
}
