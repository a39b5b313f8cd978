package org.observatory.downtime.cli;

/**
 * Brings the database schema up to date: what {@code migrate} runs, and what runs once before every other command
 * that uses the database ({@code serve} excepted: it migrates while it builds its server).
 */
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
