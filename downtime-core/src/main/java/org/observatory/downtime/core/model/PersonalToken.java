package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token of a local account, as stored: only a SHA-256 digest of the token is kept, never the token.
 *
 * @param username the account the token acts as
 * @param name     what the token is for, unique per account (e.g. {@code nightly-import})
 * @param hash     lowercase hex SHA-256 of the token's text
 * @param created  when it was created
 */
public record PersonalToken(String username, String name, String hash, Instant created) {

  public PersonalToken {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(created, "created");
    if (!hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("hash must be 64 lowercase hex digits");
    }
  }
}
