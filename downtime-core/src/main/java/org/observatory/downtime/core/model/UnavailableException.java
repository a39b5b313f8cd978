package org.observatory.downtime.core.model;

import java.util.Objects;

/**
 * Something the service depends on (the database, the instrument catalogue, the Observation Portal)
 * cannot answer right now; the request may succeed later.
 *
 * <p>The message is for operators (logs, the command line) and may name hosts and causes; {@link #publicMessage()}
 * is what a remote client is told.
 */
public class UnavailableException extends DowntimeException {

  private static final long serialVersionUID = 1L;

  private final String publicMessage;

  public UnavailableException(String message) {
    this(message, message, null);
  }

  public UnavailableException(String message, Throwable cause) {
    this(message, message, cause);
  }

  /**
   * @param publicMessage what a remote client may be told, without hosts, users or internal causes
   * @param detail        the full explanation for operators
   * @param cause         the underlying failure, or {@code null}
   */
  public UnavailableException(String publicMessage, String detail, Throwable cause) {
    super(detail, cause);
    this.publicMessage = Objects.requireNonNull(publicMessage, "publicMessage");
  }

  /** What a remote client may be told: says what is unavailable, never where it is or why in detail. */
  public String publicMessage() {
    return publicMessage;
  }
}
