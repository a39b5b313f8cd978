package org.observatory.downtime.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.UserStore;

/** The {@link UserStore} on SQLite or PostgreSQL through Jdbi. Obtain one from {@link JdbiPersistence}. */
public final class JdbiUserStore implements UserStore {

  private static final String COLUMNS =
      "username, password_hash, staff, superuser, email, first_name, last_name, api_token, source, disabled";

  private static final RowMapper<UserAccount> MAPPER = (rs, ctx) -> new UserAccount(
      rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("staff"), rs.getBoolean("superuser"),
      rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("api_token"),
      UserAccount.Source.valueOf(rs.getString("source")), rs.getBoolean("disabled"));

  private final Transactions transactions;

  JdbiUserStore(Transactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    if (username == null || !StorableText.storable(username)) {
      return Optional.empty();
    }
    return transactions.read(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM user_account WHERE username = :username")
        .bind("username", username).map(MAPPER).findOne());
  }

  @Override
  public Optional<UserAccount> findByApiToken(String apiToken) {
    if (apiToken == null || apiToken.isEmpty() || !StorableText.storable(apiToken)) {
      return Optional.empty();
    }
    return transactions.read(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM user_account WHERE api_token = :token")
        .bind("token", apiToken).map(MAPPER).findOne());
  }

  @Override
  public void save(UserAccount account) {
    checkStorable(account);
    transactions.write((handle, now) -> {
      save(handle, account);
      return null;
    });
  }

  @Override
  public void saveEndingSessions(UserAccount account) {
    checkStorable(account);
    transactions.write((handle, now) -> {
      if (endSessions(handle, account.username()) == 0) {
        throw new NotFoundException("No account named " + account.username() + ".");
      }
      save(handle, account);
      return null;
    });
  }

  @Override
  public List<UserAccount> list() {
    return transactions.read(handle -> handle
        .createQuery("SELECT " + COLUMNS + " FROM user_account ORDER BY username").map(MAPPER).list());
  }

  @Override
  public boolean delete(String username) {
    if (username == null || !StorableText.storable(username)) {
      return false;
    }
    return transactions.write((handle, now) -> {
      Optional<Long> generation = handle
          .createQuery("SELECT session_generation FROM user_account WHERE username = :username")
          .bind("username", username).mapTo(Long.class).findOne();
      if (generation.isEmpty()) {
        return false;
      }
      handle.createUpdate("INSERT INTO deleted_account (username, session_generation) VALUES (:username, :generation) "
              + "ON CONFLICT (username) DO UPDATE SET session_generation = excluded.session_generation")
          .bind("username", username).bind("generation", generation.get() + 1).execute();
      // The personal tokens go with the account (ON DELETE CASCADE).
      handle.createUpdate("DELETE FROM user_account WHERE username = :username").bind("username", username).execute();
      return true;
    });
  }

  @Override
  public PersonalToken addToken(String username, String name, String hash) {
    StorableText.check("name", name);
    return transactions.write((handle, now) -> PersonalTokenRows.add(handle, username, name, hash, now));
  }

  @Override
  public Optional<PersonalToken> findTokenByHash(String hash) {
    if (hash == null || !StorableText.storable(hash)) {
      return Optional.empty();
    }
    return transactions.read(handle -> PersonalTokenRows.byHash(handle, hash));
  }

  @Override
  public List<PersonalToken> tokens(Optional<String> username) {
    return transactions.read(handle -> PersonalTokenRows.list(handle, username));
  }

  @Override
  public boolean revokeToken(String username, String name) {
    if (username == null || name == null || !StorableText.storable(username) || !StorableText.storable(name)) {
      return false;
    }
    return transactions.write((handle, now) -> PersonalTokenRows.revoke(handle, username, name));
  }

  private static void checkStorable(UserAccount account) {
    StorableText.check("username", account.username());
    StorableText.check("password", account.passwordHash());
    StorableText.check("email", account.email());
    StorableText.check("first_name", account.firstName());
    StorableText.check("last_name", account.lastName());
    StorableText.check("api_token", account.apiToken());
  }

  private static void save(Handle handle, UserAccount account) {
    if (!account.apiToken().isEmpty()) {
      // A token belongs to one account at most: taking it away first keeps the unique index satisfied.
      handle.createUpdate("UPDATE user_account SET api_token = '' WHERE api_token = :token AND username <> :username")
          .bind("token", account.apiToken()).bind("username", account.username()).execute();
    }
    upsert(handle, account);
  }

  @Override
  public long sessionGeneration(String username) {
    if (username == null || !StorableText.storable(username)) {
      return 0;
    }
    return transactions.read(handle -> handle
        .createQuery("SELECT session_generation FROM user_account WHERE username = :username")
        .bind("username", username).mapTo(Long.class).findOne().orElse(0L));
  }

  @Override
  public void endSessions(String username) {
    if (username == null || !StorableText.storable(username)) {
      return;
    }
    transactions.write((handle, now) -> endSessions(handle, username));
  }

  private static int endSessions(Handle handle, String username) {
    return handle
        .createUpdate("UPDATE user_account SET session_generation = session_generation + 1 WHERE username = :username")
        .bind("username", username).execute();
  }

  private static void upsert(Handle handle, UserAccount account) {
    // A new account starts in the session generation after a deleted one's of the same name (0 when there was none).
    handle.createUpdate("INSERT INTO user_account (" + COLUMNS + ", session_generation) VALUES (:username, "
            + ":password_hash, :staff, :superuser, :email, :first_name, :last_name, :api_token, :source, :disabled, "
            + "COALESCE((SELECT d.session_generation FROM deleted_account d WHERE d.username = :username), 0)) "
            + "ON CONFLICT (username) DO UPDATE SET "
            + "password_hash = excluded.password_hash, staff = excluded.staff, superuser = excluded.superuser, "
            + "email = excluded.email, first_name = excluded.first_name, last_name = excluded.last_name, "
            + "api_token = excluded.api_token, source = excluded.source, disabled = excluded.disabled")
        .bind("username", account.username())
        .bind("password_hash", account.passwordHash())
        .bind("staff", account.staff())
        .bind("superuser", account.superuser())
        .bind("email", account.email())
        .bind("first_name", account.firstName())
        .bind("last_name", account.lastName())
        .bind("api_token", account.apiToken())
        .bind("source", account.source().name())
        .bind("disabled", account.disabled())
        .execute();
  }
}
