package org.observatory.downtime.configdb;

/** A catalogue could not be loaded; the message says why in one line, fit for a log. */
final class CatalogueLoadException extends Exception {

  private static final long serialVersionUID = 1L;

  CatalogueLoadException(String message) {
    super(message);
  }
}
