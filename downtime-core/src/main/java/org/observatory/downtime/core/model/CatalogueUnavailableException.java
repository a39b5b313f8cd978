package org.observatory.downtime.core.model;

/** No instrument catalogue has ever been loaded, so writes cannot be validated. */
public class CatalogueUnavailableException extends UnavailableException {

  private static final long serialVersionUID = 1L;

  public CatalogueUnavailableException(String message) {
    super(message);
  }

  public CatalogueUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
