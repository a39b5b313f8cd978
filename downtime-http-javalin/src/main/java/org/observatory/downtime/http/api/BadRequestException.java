package org.observatory.downtime.http.api;

/** A request the adapter cannot even read (malformed JSON, unsupported media type, too large); carries its status. */
public final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public BadRequestException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  /** The status to answer with (400, 413, 415). */
  public int status() {
    return status;
  }

  /** The detail of a 413. */
  public static String tooLarge(long maxRequestBytes) {
    return "Request body too large: at most " + maxRequestBytes + " bytes are accepted.";
  }

  /** A body larger than the limit: 413. */
  public static BadRequestException bodyTooLarge(long maxRequestBytes) {
    return new BadRequestException(413, tooLarge(maxRequestBytes));
  }
}
