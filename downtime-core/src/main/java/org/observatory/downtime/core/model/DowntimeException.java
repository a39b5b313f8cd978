package org.observatory.downtime.core.model;

/** The root of the few unchecked exceptions the core and its ports throw; adapters map them to their protocol. */
public abstract class DowntimeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected DowntimeException(String message) {
    super(message);
  }

  protected DowntimeException(String message, Throwable cause) {
    super(message, cause);
  }
}
