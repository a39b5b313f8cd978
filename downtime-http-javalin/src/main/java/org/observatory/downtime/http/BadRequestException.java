package org.observatory.downtime.http;

/** A request the adapter cannot even read (malformed JSON, unsupported media type, too large); carries its status. */
final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  BadRequestException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  int status() {
    return status;
  }
}
