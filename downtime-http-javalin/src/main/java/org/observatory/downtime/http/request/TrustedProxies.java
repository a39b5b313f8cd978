package org.observatory.downtime.http.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-Proto} and {@code X-Forwarded-For} are believed ({@code TRUSTED_PROXIES}):
 * addresses and CIDR ranges, IPv4 or IPv6. Nobody is trusted unless listed.
 */
public final class TrustedProxies {

  /** Trusts nobody: forwarded headers are ignored (the default). */
  public static final TrustedProxies NONE = new TrustedProxies(List.of(), "");

  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+");

  private final List<Range> ranges;
  private final String text;

  private TrustedProxies(List<Range> ranges, String text) {
    this.ranges = List.copyOf(ranges);
    this.text = text;
  }

  /**
   * Reads a comma-separated list such as {@code 10.0.0.5, 172.16.0.0/12, ::1}; blank means nobody.
   *
   * @throws IllegalArgumentException naming the entry that is not an IP address or CIDR range (no name is looked up)
   */
  public static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : list.split(",")) {
      String item = entry.strip();
      if (!item.isEmpty()) {
        ranges.add(range(item));
      }
    }
    return ranges.isEmpty() ? NONE : new TrustedProxies(ranges, list.strip());
  }

  /** Whether a peer address (as the socket gives it) is one of the listed proxies. */
  public boolean trusts(String address) {
    Optional<byte[]> bytes = bytes(address);
    return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
  }

  @Override
  public String toString() {
    return ranges.isEmpty() ? "(none)" : text;
  }

  private static Range range(String item) {
    int slash = item.indexOf('/');
    String address = slash < 0 ? item : item.substring(0, slash);
    byte[] bytes = bytes(address).orElseThrow(() -> new IllegalArgumentException(
        "\"" + item + "\" is not an IP address or CIDR range (e.g. 10.0.0.5 or 172.16.0.0/12)"));
    int bits = bytes.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(item.substring(slash + 1));
      } catch (NumberFormatException e) {
        prefix = -1;
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("\"" + item + "\" has no prefix length from 0 to " + bits);
      }
    }
    return new Range(bytes, prefix);
  }

  private static Optional<byte[]> bytes(String address) {
    String literal = address == null ? "" : address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (literal.isEmpty() || !ADDRESS.matcher(literal).matches()) {
      return Optional.empty();
    }
    try {
      // Only digits, dots and colons reach here: a literal, never a name to look up.
      return Optional.of(InetAddress.getByName(literal).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private record Range(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
