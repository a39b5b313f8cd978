package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;
import org.observatory.downtime.core.model.UnavailableException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.IdentityProvider;

class AuthenticationServiceTest {

  private final PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 1000);
  private final InMemoryUserStore users = new InMemoryUserStore();
  private final IdentityProvider portal = mock(IdentityProvider.class);
  private final AuthenticationService service = new AuthenticationService(users, hasher, Optional.of(portal));

  @Test
  void withPassword_localAccount_needsNoPortal() {
    new UserService(users, hasher).createLocalUser("admin", "s3cret".toCharArray(), true);

    assertThat(service.withPassword("admin", "s3cret")).contains(new User("admin", true, false));
    verifyNoInteractions(portal);
  }

  @Test
  void withPassword_portalUser_isCopiedLocallyWithItsToken() {
    UserAccount profile = new UserAccount("eve", "", true, false, "eve@example.org", "Eve", "", "tok-1",
        UserAccount.Source.PORTAL);
    when(portal.login("eve", "pw")).thenReturn(Optional.of(profile));

    assertThat(service.withPassword("eve", "pw")).contains(new User("eve", true, false));
    assertThat(service.withToken("tok-1")).contains(new User("eve", true, false));
  }

  @Test
  void withToken_unknownAndPortalSaysNo_isEmpty() {
    when(portal.lookupToken("nope")).thenReturn(Optional.empty());

    assertThat(service.withToken("nope")).isEmpty();
    assertThat(service.withToken("")).isEmpty();
  }

  @Test
  void withPassword_portalDown_isUnavailable() {
    when(portal.login("eve", "pw")).thenThrow(new UnavailableException("Observation Portal unavailable"));

    assertThatThrownBy(() -> service.withPassword("eve", "pw")).isInstanceOf(UnavailableException.class);
  }

  @Test
  void upsertPortalUser_replacedToken_stopsWorking() {
    UserService accounts = new UserService(users, hasher);
    accounts.upsertPortalUser(new UserAccount("eve", "", true, false, "", "", "", "old", UserAccount.Source.PORTAL));
    accounts.upsertPortalUser(new UserAccount("eve", "", true, false, "", "", "", "new", UserAccount.Source.PORTAL));
    when(portal.lookupToken("old")).thenReturn(Optional.empty());

    assertThat(service.withToken("old")).isEmpty();
    assertThat(service.withToken("new")).isPresent();
  }
}
