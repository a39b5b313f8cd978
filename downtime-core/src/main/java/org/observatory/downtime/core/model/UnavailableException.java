package org.observatory.downtime.core.model;

/**
 * Something the service depends on (the database, the instrument catalogue, the Observation Portal)
 * cannot answer right now; the request may succeed later.
 */
public class UnavailableException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  public UnavailableException(String message) {
    super(message);
  }

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
