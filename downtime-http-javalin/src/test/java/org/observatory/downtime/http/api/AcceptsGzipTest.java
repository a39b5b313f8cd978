package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptsGzipTest {

  @Test
  void acceptsGzip_listedCoding_isAccepted() {
    assertThat(ListDowntimesHandler.acceptsGzip("gzip")).isTrue();
    assertThat(ListDowntimesHandler.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(ListDowntimesHandler.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
  }

  @Test
  void acceptsGzip_absentOrRefused_isNot() {
    assertThat(ListDowntimesHandler.acceptsGzip(null)).isFalse();
    assertThat(ListDowntimesHandler.acceptsGzip("")).isFalse();
    assertThat(ListDowntimesHandler.acceptsGzip("identity")).isFalse();
    assertThat(ListDowntimesHandler.acceptsGzip("deflate, br")).isFalse();
    assertThat(ListDowntimesHandler.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(ListDowntimesHandler.acceptsGzip("gzip; q=0.0, br")).isFalse();
  }
}
