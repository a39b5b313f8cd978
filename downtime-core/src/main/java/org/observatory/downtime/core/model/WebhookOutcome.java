package org.observatory.downtime.core.model;

import java.util.Objects;

/**
 * What one attempt to post an event got.
 *
 * @param status the receiver's HTTP status, {@code 0} when there was no answer
 * @param error  why it failed, {@code ""} when it did not
 */
public record WebhookOutcome(int status, String error) {

  public WebhookOutcome {
    Objects.requireNonNull(error, "error");
    if (status < 0) {
      throw new IllegalArgumentException("status must not be negative, was " + status);
    }
  }

  /** No answer: connection refused, timed out, address refused... */
  public static WebhookOutcome failed(String error) {
    return new WebhookOutcome(0, error);
  }

  /** An answer with this status; anything but 2xx is an error. */
  public static WebhookOutcome answered(int status) {
    return new WebhookOutcome(status, status / 100 == 2 ? "" : "HTTP " + status);
  }

  /** Whether the receiver took it: a 2xx answer. */
  public boolean delivered() {
    return status / 100 == 2;
  }
}
