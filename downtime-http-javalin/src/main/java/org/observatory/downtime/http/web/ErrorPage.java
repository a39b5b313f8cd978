package org.observatory.downtime.http.web;

import java.util.Objects;

/**
 * A refusal or failure told to a person: what went wrong, what to do, and a way back.
 *
 * @param status    the HTTP status of the answer
 * @param heading   what went wrong, in a few words
 * @param message   the details and what to do next
 * @param backUrl   where the "back" link leads (a path of the pages)
 * @param backLabel the text of that link
 */
public record ErrorPage(Layout layout, int status, String heading, String message, String backUrl, String backLabel) {

  public ErrorPage {
    Objects.requireNonNull(layout, "layout");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status (4xx or 5xx), was " + status);
    }
    Objects.requireNonNull(heading, "heading");
    message = message == null ? "" : message;
    Objects.requireNonNull(backUrl, "backUrl");
    Objects.requireNonNull(backLabel, "backLabel");
  }
}
