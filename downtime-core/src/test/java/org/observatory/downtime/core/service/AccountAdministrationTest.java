package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.AccountSummary;
import org.observatory.downtime.core.model.NotAuthenticatedException;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;

/** Disabling, enabling, deleting accounts and taking staff rights away, as the account's holder would notice. */
class AccountAdministrationTest {

  private static final User ADMIN = new User("admin", true, false);

  private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1000);
  private final InMemoryUserStore users = new InMemoryUserStore();
  private final UserService accounts = new UserService(users, hasher);
  private final AuthenticationService authentication = new AuthenticationService(users, hasher, Optional.empty());

  @BeforeEach
  void accounts() {
    accounts.createLocalUser("admin", "admin pw".toCharArray(), true);
    accounts.createLocalUser("ada", "right".toCharArray(), true);
  }

  @Test
  void setDisabled_endsSessions_andRefusesEveryPasswordAlike() {
    long session = authentication.sessionGeneration("ada");

    accounts.setDisabled("ada", true, ADMIN);

    assertThat(authentication.resumeSession("ada", session)).isEmpty();
    assertThat(authentication.resumeSession("ada", authentication.sessionGeneration("ada"))).isEmpty();
    assertThatThrownBy(() -> authentication.withPassword("ada", "right"))
        .isInstanceOf(NotAuthenticatedException.class).hasMessage(NotAuthenticatedException.INACTIVE);
    assertThatThrownBy(() -> authentication.withPassword("ada", "wrong"))
        .isInstanceOf(NotAuthenticatedException.class).hasMessage(NotAuthenticatedException.INACTIVE);
  }

  @Test
  void setDisabled_false_letsTheAccountLogInAgain_withItsPassword() {
    accounts.setDisabled("ada", true, ADMIN);

    AccountSummary enabled = accounts.setDisabled("ada", false, ADMIN);

    assertThat(enabled.disabled()).isFalse();
    assertThat(authentication.withPassword("ada", "right")).contains(new User("ada", true, false));
  }

  @Test
  void createLocalUser_newPasswordForADisabledAccount_keepsItDisabled() {
    accounts.setDisabled("ada", true, ADMIN);

    accounts.createLocalUser("ada", "another".toCharArray(), true);

    assertThat(accounts.listAccounts(ADMIN)).filteredOn(AccountSummary::username, "ada")
        .extracting(AccountSummary::disabled).containsExactly(true);
  }

  @Test
  void upsertPortalUser_disabledCopy_staysDisabled_andItsPortalTokenIsRefused() {
    accounts.upsertPortalUser(new UserAccount("eve", "", false, false, "", "", "", "eve-token",
        UserAccount.Source.PORTAL));
    accounts.setDisabled("eve", true, ADMIN);

    accounts.upsertPortalUser(new UserAccount("eve", "", true, false, "", "", "", "eve-token",
        UserAccount.Source.PORTAL));

    assertThatThrownBy(() -> authentication.withToken("eve-token"))
        .isInstanceOf(NotAuthenticatedException.class).hasMessage(NotAuthenticatedException.INACTIVE);
  }

  @Test
  void setStaff_false_endsSessions_true_keepsThem() {
    long session = authentication.sessionGeneration("ada");
    accounts.setStaff("ada", true, ADMIN);
    assertThat(authentication.resumeSession("ada", session)).isPresent();

    accounts.setStaff("ada", false, ADMIN);

    assertThat(authentication.resumeSession("ada", session)).isEmpty();
    assertThat(authentication.resumeSession("ada", authentication.sessionGeneration("ada")))
        .contains(new User("ada", false, false));
  }

  @Test
  void deleteAccount_endsSessions_evenForANewAccountOfTheSameName() {
    long session = authentication.sessionGeneration("ada");

    accounts.deleteAccount("ada", ADMIN);
    accounts.createLocalUser("ada", "new".toCharArray(), true);

    assertThat(authentication.resumeSession("ada", session)).isEmpty();
    assertThat(accounts.listAccounts(ADMIN)).extracting(AccountSummary::username).containsExactly("ada", "admin");
  }

  @Test
  void administration_byNonStaff_orOnOneself_orOfNobody_isRefused() {
    User ada = new User("ada", false, false);

    assertThatThrownBy(() -> accounts.listAccounts(ada)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> accounts.setDisabled("admin", true, ada)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> accounts.setDisabled("admin", true, ADMIN))
        .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("your own account");
    assertThatThrownBy(() -> accounts.setStaff("admin", false, ADMIN)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> accounts.deleteAccount("admin", ADMIN)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> accounts.deleteAccount("nobody", ADMIN)).isInstanceOf(NotFoundException.class)
        .hasMessage("No account named nobody.");
  }
}
