package org.observatory.downtime.core.model;

/** The downtime (or series) asked for does not exist. */
public class NotFoundException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }

  public static NotFoundException downtime(long id) {
    return new NotFoundException("No downtime with id " + id);
  }
}
