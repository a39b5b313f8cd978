package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptsGzipTest {

  @Test
  void acceptsGzip_listedCoding_isAccepted() {
    assertThat(DowntimeListHandler.acceptsGzip("gzip")).isTrue();
    assertThat(DowntimeListHandler.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(DowntimeListHandler.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
  }

  @Test
  void acceptsGzip_absentOrRefused_isNot() {
    assertThat(DowntimeListHandler.acceptsGzip(null)).isFalse();
    assertThat(DowntimeListHandler.acceptsGzip("")).isFalse();
    assertThat(DowntimeListHandler.acceptsGzip("identity")).isFalse();
    assertThat(DowntimeListHandler.acceptsGzip("deflate, br")).isFalse();
    assertThat(DowntimeListHandler.acceptsGzip("gzip;q=0")).isFalse();
    assertThat(DowntimeListHandler.acceptsGzip("gzip; q=0.0, br")).isFalse();
  }
}
