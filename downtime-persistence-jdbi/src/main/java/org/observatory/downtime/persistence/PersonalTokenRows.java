package org.observatory.downtime.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.model.ValidationException;

/** The SQL of personal API tokens ({@code personal_token}): digests only, never a token's text. */
final class PersonalTokenRows {

  private static final String COLUMNS = "token_hash, username, name, created_us";
  private static final RowMapper<PersonalToken> MAPPER = (rs, ctx) -> new PersonalToken(rs.getString("username"),
      rs.getString("name"), rs.getString("token_hash"), Micros.toInstant(rs.getLong("created_us")));

  private PersonalTokenRows() {
  }

  /** Inserts a token; writes are serialised, so checking the name first cannot race another insert. */
  static PersonalToken add(Handle handle, String username, String name, String hash, long nowMicros) {
    boolean known = handle.createQuery("SELECT 1 FROM user_account WHERE username = :username")
        .bind("username", username).mapTo(Integer.class).findOne().isPresent();
    if (!known) {
      throw new NotFoundException("No account named " + username + ".");
    }
    boolean taken = handle.createQuery("SELECT 1 FROM personal_token WHERE username = :username AND name = :name")
        .bind("username", username).bind("name", name).mapTo(Integer.class).findOne().isPresent();
    if (taken) {
      throw ValidationException.of("name", username + " already has a token named " + name
          + "; revoke it first or choose another name.");
    }
    handle.createUpdate("INSERT INTO personal_token (" + COLUMNS + ") VALUES (:hash, :username, :name, :created)")
        .bind("hash", hash).bind("username", username).bind("name", name).bind("created", nowMicros).execute();
    return new PersonalToken(username, name, hash, Micros.toInstant(nowMicros));
  }

  static Optional<PersonalToken> byHash(Handle handle, String hash) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM personal_token WHERE token_hash = :hash")
        .bind("hash", hash).map(MAPPER).findOne();
  }

  static List<PersonalToken> list(Handle handle, Optional<String> username) {
    if (username.isEmpty()) {
      return handle.createQuery("SELECT " + COLUMNS + " FROM personal_token ORDER BY username, name")
          .map(MAPPER).list();
    }
    return handle.createQuery("SELECT " + COLUMNS + " FROM personal_token WHERE username = :username ORDER BY name")
        .bind("username", username.get()).map(MAPPER).list();
  }

  static boolean revoke(Handle handle, String username, String name) {
    return handle.createUpdate("DELETE FROM personal_token WHERE username = :username AND name = :name")
        .bind("username", username).bind("name", name).execute() > 0;
  }
}
