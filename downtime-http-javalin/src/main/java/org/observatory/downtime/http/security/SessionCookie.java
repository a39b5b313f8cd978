package org.observatory.downtime.http.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The fields of a session cookie, {@code username.generation.started.lastSeen.signature}, before its signature is
 * checked.
 *
 * @param encodedUsername the username, UTF-8 in base64url without padding
 * @param generation      the user's session generation when the session started
 * @param started         when the session started, seconds since the epoch
 * @param lastSeen        the last recorded activity, seconds since the epoch
 * @param signature       the signature over the other fields, {@code ""} before signing
 */
record SessionCookie(String encodedUsername, long generation, long started, long lastSeen, String signature) {

  SessionCookie(String encodedUsername, long generation, long started, long lastSeen) {
    this(encodedUsername, generation, started, lastSeen, "");
  }

  /** The fields of a cookie value, or empty when it does not have the form of a session cookie. */
  static Optional<SessionCookie> parse(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = value.split("\\.", -1);
    if (parts.length != 5) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SessionCookie(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]),
          Long.parseLong(parts[3]), parts[4]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** What the signature covers. */
  String payload() {
    return id() + "." + lastSeen;
  }

  /** What stays the same for the whole session, whatever its activity: user, generation and start. */
  String id() {
    return encodedUsername + "." + generation + "." + started;
  }

  /** The username (call only after the signature was checked). */
  String username() {
    try {
      return new String(Base64.getUrlDecoder().decode(encodedUsername), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
