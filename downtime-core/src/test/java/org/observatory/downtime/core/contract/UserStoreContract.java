package org.observatory.downtime.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.out.UserStore;

/** What every {@link UserStore} must do; adapters run it by extending this class. */
public abstract class UserStoreContract {

  protected UserStore users;

  /** A user store over an empty database; called before each test. */
  protected abstract UserStore createUserStore();

  @BeforeEach
  void createStore() {
    users = createUserStore();
  }

  static UserAccount local(String username, String token) {
    return new UserAccount(username, "pbkdf2_sha256$600000$salt$hash", true, false, "a@example.org", "Ada", "Lovelace",
        token, UserAccount.Source.LOCAL);
  }

  @Test
  void save_thenFindByUsername_returnsEveryField() {
    UserAccount account = new UserAccount("jörg", "pbkdf2_sha256$600000$s$h", false, true, "j@example.org", "Jörg",
        "Ñúñez 星", "tok-1", UserAccount.Source.PORTAL);
    users.save(account);

    assertThat(users.findByUsername("jörg")).contains(account);
  }

  @Test
  void findByUsername_unknown_isEmpty() {
    users.save(local("ada", ""));

    assertThat(users.findByUsername("bob")).isEmpty();
    assertThat(users.findByUsername("ADA")).isEmpty();
  }

  @Test
  void findByApiToken_findsTheHolder() {
    users.save(local("ada", "secret-token"));
    users.save(local("bob", "other-token"));

    assertThat(users.findByApiToken("secret-token")).map(UserAccount::username).contains("ada");
    assertThat(users.findByApiToken("unknown")).isEmpty();
  }

  @Test
  void findByApiToken_empty_neverMatches() {
    users.save(local("ada", ""));
    users.save(local("bob", ""));

    assertThat(users.findByApiToken("")).isEmpty();
  }

  @Test
  void save_sameUsername_replacesTheAccount() {
    users.save(local("ada", "t1"));
    UserAccount changed = new UserAccount("ada", "", false, false, "", "", "", "t2", UserAccount.Source.PORTAL);
    users.save(changed);

    assertThat(users.findByUsername("ada")).contains(changed);
    assertThat(users.findByApiToken("t1")).isEmpty();
    assertThat(users.findByApiToken("t2")).map(UserAccount::username).contains("ada");
  }

  @Test
  void save_tokenHeldByAnother_movesTheTokenToTheNewHolder() {
    users.save(local("ada", "shared"));
    users.save(local("bob", "shared"));

    assertThat(users.findByApiToken("shared")).map(UserAccount::username).contains("bob");
    assertThat(users.findByUsername("ada")).map(UserAccount::apiToken).contains("");
  }

  @Test
  void sessionGeneration_newOrUnknownAccount_isZero() {
    users.save(local("ada", ""));

    assertThat(users.sessionGeneration("ada")).isZero();
    assertThat(users.sessionGeneration("nobody")).isZero();
  }

  @Test
  void endSessions_movesToTheNextGeneration_andSaveKeepsIt() {
    users.save(local("ada", ""));
    users.save(local("bob", ""));

    users.endSessions("ada");
    long afterFirst = users.sessionGeneration("ada");
    users.save(local("ada", "new-token"));
    users.endSessions("ada");
    users.endSessions("nobody");

    assertThat(afterFirst).isNotZero();
    assertThat(users.sessionGeneration("ada")).isNotEqualTo(afterFirst).isNotZero();
    assertThat(users.sessionGeneration("bob")).isZero();
    assertThat(users.sessionGeneration("nobody")).isZero();
  }

  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  @Test
  void save_disabledAccount_keepsTheFlag_andListIsOrderedByUsername() {
    users.save(local("bob", ""));
    users.save(local("ada", "").withDisabled(true));

    assertThat(users.list()).extracting(UserAccount::username).containsExactly("ada", "bob");
    assertThat(users.findByUsername("ada")).map(UserAccount::disabled).contains(true);
    assertThat(users.findByUsername("bob")).map(UserAccount::disabled).contains(false);
  }

  @Test
  void saveEndingSessions_changesTheAccountAndItsGeneration_unknownIsNotFound() {
    users.save(local("ada", ""));
    long before = users.sessionGeneration("ada");

    users.saveEndingSessions(local("ada", "").withStaff(false));

    assertThat(users.sessionGeneration("ada")).isGreaterThan(before);
    assertThat(users.findByUsername("ada")).map(UserAccount::staff).contains(false);
    assertThatThrownBy(() -> users.saveEndingSessions(local("nobody", ""))).isInstanceOf(NotFoundException.class);
    assertThat(users.findByUsername("nobody")).isEmpty();
  }

  @Test
  void delete_removesTheAccountAndItsTokens_aNewAccountOfTheNameStartsInALaterGeneration() {
    users.save(local("ada", ""));
    users.endSessions("ada");
    long deletedGeneration = users.sessionGeneration("ada");
    users.addToken("ada", "nightly", HASH_A);

    assertThat(users.delete("ada")).isTrue();
    assertThat(users.delete("ada")).isFalse();
    assertThat(users.findTokenByHash(HASH_A)).isEmpty();
    users.save(local("ada", ""));

    assertThat(users.sessionGeneration("ada")).isGreaterThan(deletedGeneration);
    assertThat(users.tokens(Optional.of("ada"))).isEmpty();
  }

  @Test
  void addToken_findByHash_list_revoke() {
    users.save(local("ada", ""));
    users.save(local("bob", ""));
    PersonalToken added = users.addToken("ada", "nightly", HASH_A);
    users.addToken("bob", "nightly", HASH_B);

    assertThat(users.findTokenByHash(HASH_A)).contains(added);
    assertThat(added.created()).isNotNull();
    assertThat(users.tokens(Optional.of("ada"))).containsExactly(added);
    assertThat(users.tokens(Optional.empty())).extracting(PersonalToken::username).containsExactly("ada", "bob");

    assertThat(users.revokeToken("ada", "nightly")).isTrue();
    assertThat(users.revokeToken("ada", "nightly")).isFalse();
    assertThat(users.findTokenByHash(HASH_A)).isEmpty();
    assertThat(users.findTokenByHash(HASH_B)).isPresent();
  }

  @Test
  void addToken_nameTakenForTheAccount_orUnknownAccount_isRefused() {
    users.save(local("ada", ""));
    users.addToken("ada", "nightly", HASH_A);

    assertThatThrownBy(() -> users.addToken("ada", "nightly", HASH_B)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> users.addToken("nobody", "x", HASH_B)).isInstanceOf(NotFoundException.class);
    assertThat(users.findTokenByHash(HASH_B)).isEmpty();
  }
}
