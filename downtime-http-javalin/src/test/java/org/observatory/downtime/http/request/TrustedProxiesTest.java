package org.observatory.downtime.http.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  @Test
  void trusts_listedAddressesAndRanges_only() {
    TrustedProxies proxies = TrustedProxies.parse(" 10.1.2.3 , 172.16.0.0/12, fd00::/8 ");

    assertThat(proxies.trusts("10.1.2.3")).isTrue();
    assertThat(proxies.trusts("10.1.2.4")).isFalse();
    assertThat(proxies.trusts("172.31.255.1")).isTrue();
    assertThat(proxies.trusts("172.32.0.1")).isFalse();
    assertThat(proxies.trusts("fd12:3456::1")).isTrue();
    assertThat(proxies.trusts("[fd12:3456::1]")).isTrue();
    assertThat(proxies.trusts("2001:db8::1")).isFalse();
    assertThat(proxies.trusts("not-an-address")).isFalse();
  }

  @Test
  void parse_blank_trustsNobody() {
    assertThat(TrustedProxies.parse("  ")).isSameAs(TrustedProxies.NONE);
    assertThat(TrustedProxies.NONE.trusts("127.0.0.1")).isFalse();
  }

  @Test
  void parse_namesAndBadPrefixes_areRefusedNamingTheEntry() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.1, proxy.example.org"))
        .hasMessageContaining("\"proxy.example.org\" is not an IP address or CIDR range");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("no prefix length from 0 to 32");
  }
}
