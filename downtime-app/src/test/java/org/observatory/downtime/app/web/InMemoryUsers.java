package org.observatory.downtime.app.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.port.out.UserStore;

/** User accounts in memory, for the web tests. */
final class InMemoryUsers implements UserStore {

  private final Map<String, UserAccount> accounts = new ConcurrentHashMap<>();

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
