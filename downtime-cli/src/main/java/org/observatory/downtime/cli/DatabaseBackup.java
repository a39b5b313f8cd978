package org.observatory.downtime.cli;

import java.nio.file.Path;

/** Writes a consistent copy of the database while the service runs: what {@code backup FILE} runs. */
@FunctionalInterface
public interface DatabaseBackup {

  /**
   * Writes the copy to a new file.
   *
   * @return one line for people saying what was written
   * @throws org.observatory.downtime.core.model.ValidationException when the file exists already
   * @throws UnsupportedOperationException when the database is not a file this tool can copy (PostgreSQL), with an
   *                                       explanation of what to use instead
   * @throws org.observatory.downtime.core.model.UnavailableException when the database cannot be read
   */
  String backup(Path file);
}
