package org.observatory.downtime.core.model;

/** The user is known but may not do this. */
public class PermissionDeniedException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(String message) {
    super(message);
  }
}
