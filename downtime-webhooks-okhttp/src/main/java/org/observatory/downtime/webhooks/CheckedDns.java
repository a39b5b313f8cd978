package org.observatory.downtime.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves a receiver's host and hands OkHttp only the addresses the {@link AddressPolicy} allows, so the address
 * connected to is one that was checked: a DNS answer that changed since the subscription was made cannot lead inside.
 */
final class CheckedDns implements Dns {

  private final Dns resolver;
  private final AddressPolicy policy;

  CheckedDns(Dns resolver, AddressPolicy policy) {
    this.resolver = resolver;
    this.policy = policy;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> allowed = resolver.lookup(hostname).stream().filter(policy::allows).toList();
    if (allowed.isEmpty()) {
      throw new UnknownHostException(hostname + " resolves only to private, loopback or link-local addresses, which "
          + "webhooks may not reach (WEBHOOK_ALLOW_PRIVATE_NETWORKS)");
    }
    return allowed;
  }
}
