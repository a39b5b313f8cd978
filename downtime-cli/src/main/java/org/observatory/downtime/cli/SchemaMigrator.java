package org.observatory.downtime.cli;

/** What the {@code migrate} command runs: brings the database schema up to date. */
@FunctionalInterface
public interface SchemaMigrator {

  /**
   * Applies every pending migration; does nothing when the schema is current.
   *
   * @return one line for people saying what was done, e.g. {@code "Applied 2 migrations; schema at version 2"}
   * @throws org.observatory.downtime.core.model.UnavailableException when the database cannot be reached
   */
  String migrate();
}
