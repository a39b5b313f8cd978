package org.observatory.downtime.core.model;

import java.util.Objects;

/**
 * A personal API token just created: the only moment its text exists outside the client that keeps it.
 *
 * @param token  what is stored about it
 * @param secret the text to send as {@code Authorization: Token <secret>}; shown once, never stored or logged
 */
public record IssuedToken(PersonalToken token, String secret) {

  public IssuedToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(secret, "secret");
  }

  // The secret stays out of anything that prints the record (a log line, an assertion message).
  @Override
  public String toString() {
    return "IssuedToken[" + token.username() + "/" + token.name() + "]";
  }
}
