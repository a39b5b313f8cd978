package org.observatory.downtime.core.model;

/** A downtime was to be stored with an id that a stored downtime already has. */
public class DowntimeExistsException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  private final long id;

  public DowntimeExistsException(long id) {
    super("downtime " + id + " already exists");
    this.id = id;
  }

  /** The id that is already taken. */
  public long id() {
    return id;
  }
}
