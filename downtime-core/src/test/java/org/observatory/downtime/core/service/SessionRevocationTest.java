package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;

/** Which account changes end a user's login sessions, as the session cookie's holder would notice. */
class SessionRevocationTest {

  private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1000);
  private final InMemoryUserStore users = new InMemoryUserStore();
  private final UserService accounts = new UserService(users, hasher);
  private final AuthenticationService authentication = new AuthenticationService(users, hasher, Optional.empty());

  private long loginOf(String username) {
    return authentication.sessionGeneration(username);
  }

  @Test
  void resumeSession_untouchedAccount_isTheUserAsStoredNow() {
    accounts.createLocalUser("ada", "pw".toCharArray(), true);
    long session = loginOf("ada");

    assertThat(authentication.resumeSession("ada", session)).contains(new User("ada", true, false));
    assertThat(authentication.resumeSession("nobody", 0)).isEmpty();
  }

  @Test
  void endSessions_logout_endsTheSessionAndANewLoginWorks() {
    accounts.createLocalUser("ada", "pw".toCharArray(), true);
    long session = loginOf("ada");

    authentication.endSessions("ada");

    assertThat(authentication.resumeSession("ada", session)).isEmpty();
    assertThat(authentication.resumeSession("ada", loginOf("ada"))).isPresent();
  }

  @Test
  void createLocalUser_overAnExistingAccount_endsItsSessions() {
    accounts.createLocalUser("ada", "old".toCharArray(), true);
    long session = loginOf("ada");

    accounts.createLocalUser("ada", "new".toCharArray(), true);

    assertThat(authentication.resumeSession("ada", session)).isEmpty();
  }

  @Test
  void upsertPortalUser_staffTakenAway_endsSessions_otherChangesKeepThem() {
    accounts.upsertPortalUser(new UserAccount("eve", "", true, false, "", "", "", "t1", UserAccount.Source.PORTAL));
    long session = loginOf("eve");

    accounts.upsertPortalUser(new UserAccount("eve", "", true, false, "e@x.org", "Eve", "", "t2",
        UserAccount.Source.PORTAL));
    boolean keptAfterNewEmail = authentication.resumeSession("eve", session).isPresent();
    accounts.upsertPortalUser(new UserAccount("eve", "", false, false, "e@x.org", "Eve", "", "t2",
        UserAccount.Source.PORTAL));

    assertThat(keptAfterNewEmail).isTrue();
    assertThat(authentication.resumeSession("eve", session)).isEmpty();
  }
}
