package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;
import org.observatory.downtime.core.model.IssuedToken;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.PersonalToken;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.out.IdentityProvider;

/** Personal API tokens: what a script sending one, and the operator managing them, would notice. */
class PersonalTokenServiceTest {

  private static final User OPERATOR = User.operator("operator:root");

  private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1000);
  private final InMemoryUserStore users = new InMemoryUserStore();
  private final UserService accounts = new UserService(users, hasher);
  private final PersonalTokenService tokens = new PersonalTokenService(users);
  private final IdentityProvider portal = new IdentityProvider() {
    @Override
    public Optional<UserAccount> login(String username, String password) {
      return Optional.empty();
    }

    @Override
    public Optional<UserAccount> lookupToken(String apiToken) {
      return apiToken.equals("portal-token") ? Optional.of(new UserAccount("eve", "", false, false, "", "", "",
          "portal-token", UserAccount.Source.PORTAL)) : Optional.empty();
    }
  };
  private final AuthenticationService authentication = new AuthenticationService(users, hasher, Optional.of(portal));

  @BeforeEach
  void alice() {
    accounts.createLocalUser("alice", "pw".toCharArray(), false);
  }

  @Test
  void create_tokenAuthenticatesAsItsUser_andOnlyItsDigestIsStored() {
    IssuedToken issued = tokens.create("alice", "nightly-import", OPERATOR);

    assertThat(issued.secret()).startsWith("dtp_").hasSize(4 + 43);
    assertThat(authentication.withToken(issued.secret())).contains(new User("alice", false, false));
    assertThat(users.tokens(Optional.empty())).singleElement().satisfies(stored -> {
      assertThat(stored.hash()).isEqualTo(TokenDigest.digest(issued.secret())).doesNotContain(issued.secret());
      assertThat(stored.name()).isEqualTo("nightly-import");
    });
    assertThat(issued.toString()).doesNotContain(issued.secret());
  }

  @Test
  void revoke_tokenStopsWorkingAtOnce_otherTokensOfTheUserKeepWorking() {
    IssuedToken nightly = tokens.create("alice", "nightly", OPERATOR);
    IssuedToken laptop = tokens.create("alice", "laptop", OPERATOR);

    tokens.revoke("alice", "nightly", OPERATOR);

    assertThat(authentication.withToken(nightly.secret())).isEmpty();
    assertThat(authentication.withToken(laptop.secret())).isPresent();
    assertThat(tokens.list(Optional.of("alice"), OPERATOR)).extracting(PersonalToken::name).containsExactly("laptop");
    assertThatThrownBy(() -> tokens.revoke("alice", "nightly", OPERATOR)).isInstanceOf(NotFoundException.class)
        .hasMessage("alice has no token named nightly.");
  }

  @Test
  void withToken_ofADisabledUser_isRefusedAsInactive() {
    IssuedToken issued = tokens.create("alice", "nightly", OPERATOR);

    accounts.setDisabled("alice", true, OPERATOR);

    assertThatThrownBy(() -> authentication.withToken(issued.secret()))
        .isInstanceOf(NotAuthenticatedException.class).hasMessage(NotAuthenticatedException.INACTIVE);
  }

  @Test
  void withToken_unknownToLocalTokens_fallsBackToThePortal() {
    tokens.create("alice", "nightly", OPERATOR);

    assertThat(authentication.withToken("portal-token")).contains(new User("eve", false, false));
    assertThat(authentication.withToken("dtp_unknown")).isEmpty();
  }

  @Test
  void create_badOrTakenName_portalOrDisabledAccount_isRefusedWithTheField() {
    tokens.create("alice", "nightly", OPERATOR);
    accounts.upsertPortalUser(new UserAccount("eve", "", false, false, "", "", "", "t", UserAccount.Source.PORTAL));
    accounts.createLocalUser("bob", "pw".toCharArray(), false);
    accounts.setDisabled("bob", true, OPERATOR);

    assertThatThrownBy(() -> tokens.create("alice", "nightly", OPERATOR)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("already has a token named nightly");
    assertThatThrownBy(() -> tokens.create("alice", "two words", OPERATOR)).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("name"));
    assertThatThrownBy(() -> tokens.create("eve", "x", OPERATOR)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("Observation Portal account");
    assertThatThrownBy(() -> tokens.create("bob", "x", OPERATOR)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("bob is disabled");
    assertThatThrownBy(() -> tokens.create("nobody", "x", OPERATOR)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void tokens_ofAnotherUser_needStaff_ownTokensDoNot() {
    User alice = new User("alice", false, false);
    User mallory = new User("mallory", false, false);

    assertThat(tokens.create("alice", "mine", alice).token().username()).isEqualTo("alice");
    assertThatThrownBy(() -> tokens.create("alice", "theirs", mallory)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> tokens.list(Optional.empty(), alice)).isInstanceOf(PermissionDeniedException.class);
  }
}
