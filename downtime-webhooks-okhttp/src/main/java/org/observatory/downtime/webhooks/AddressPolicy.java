package org.observatory.downtime.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses webhooks may be posted to: public ones only, unless the operator allows private networks
 * ({@code WEBHOOK_ALLOW_PRIVATE_NETWORKS}), so a subscription cannot make the service reach inside the network.
 *
 * @param allowPrivateNetworks whether private, loopback and link-local addresses are allowed too
 */
record AddressPolicy(boolean allowPrivateNetworks) {

  /** Whether events may be posted to this address. */
  boolean allows(InetAddress address) {
    return allowPrivateNetworks || !internal(address);
  }

  /** Loopback, link-local, private (RFC 1918, unique local), carrier-grade NAT, unspecified or multicast. */
  static boolean internal(InetAddress address) {
    if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
    }
    if (address instanceof Inet6Address) {
      if ((bytes[0] & 0xfe) == 0xfc) {
        return true; // fc00::/7, unique local
      }
      if (mappedIpv4(bytes)) {
        try {
          return internal(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
        } catch (java.net.UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  // ::ffff:a.b.c.d, which reaches the IPv4 address a.b.c.d.
  private static boolean mappedIpv4(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
  }
}
