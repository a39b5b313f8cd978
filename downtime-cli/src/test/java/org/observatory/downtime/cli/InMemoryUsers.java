package org.observatory.downtime.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.UserStore;

/** A user store in a map. */
final class InMemoryUsers implements UserStore {

  private final Map<String, UserAccount> accounts = new LinkedHashMap<>();

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return Optional.ofNullable(accounts.get(username));
  }

  @Override
  public Optional<UserAccount> findByApiToken(String apiToken) {
    return accounts.values().stream().filter(a -> !apiToken.isEmpty() && a.apiToken().equals(apiToken)).findFirst();
  }

  @Override
  public void save(UserAccount account) {
    accounts.put(account.username(), account);
  }
}
