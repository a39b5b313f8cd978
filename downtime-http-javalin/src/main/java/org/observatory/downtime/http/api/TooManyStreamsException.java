package org.observatory.downtime.http.api;

/** Every change stream this instance serves at once is open; the client may try again after a while. */
public final class TooManyStreamsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  TooManyStreamsException(int maxClients, long retryAfterSeconds) {
    super("Too many change streams are open (at most " + maxClients + "). Try again in " + retryAfterSeconds
        + " seconds.");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** When to try again, for {@code Retry-After}. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
