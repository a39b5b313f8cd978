package org.observatory.downtime.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.observatory.downtime.core.model.ValidationException;

/** {@code backup FILE}: {@code VACUUM INTO} on SQLite; on PostgreSQL, an explanation of its own tools. */
final class SqliteBackup {

  private final PersistenceConfig config;
  private final Transactions transactions;

  SqliteBackup(PersistenceConfig config, Transactions transactions) {
    this.config = config;
    this.transactions = transactions;
  }

  String write(Path file) {
    if (config.engine() != PersistenceConfig.Engine.SQLITE) {
      throw new UnsupportedOperationException(postgresqlAdvice());
    }
    Path target = file.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      throw ValidationException.of("FILE", target + " exists already: a backup never overwrites a file; "
          + "give a new file name.");
    }
    if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
      throw ValidationException.of("FILE", "The directory " + target.getParent() + " does not exist.");
    }
    // A read transaction: it copies the last commit while writers go on (WAL), and the file name is a bound value.
    transactions.read(handle -> handle.createUpdate("VACUUM INTO :file").bind("file", target.toString()).execute());
    return "Wrote a consistent copy of the " + config.describe() + " to " + target + " (" + size(target) + " bytes).";
  }

  private String postgresqlAdvice() {
    String user = config.user().isEmpty() ? "" : " --username=" + config.user();
    String schema = config.schema().isEmpty() ? "" : " --schema=" + config.schema();
    return "backup writes SQLite files only; this service uses the " + config.describe() + ". Back PostgreSQL up "
        + "with its own tools while the service runs (pg_dump reads one consistent snapshot), e.g. 'pg_dump --host="
        + config.host() + " --port=" + config.port() + user + schema + " --format=custom --file=downtime.dump "
        + config.database() + "', restored with pg_restore; or keep a copy of the downtimes with "
        + "'downtime export --output FILE', which 'downtime import FILE' reads back into any database.";
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
