package org.observatory.downtime.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegotiationTest {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Test
  void quality_browserAccept_ranksHtmlAboveJson() {
    assertThat(Negotiation.quality(BROWSER, "text", "html")).isEqualTo(1.0);
    assertThat(Negotiation.quality(BROWSER, "application", "json")).isEqualTo(0.8);
  }

  @Test
  void quality_mostSpecificRangeWins() {
    String accept = "application/json;q=0.5, application/*;q=0.9, */*";

    assertThat(Negotiation.quality(accept, "application", "json")).isEqualTo(0.5);
    assertThat(Negotiation.quality(accept, "text", "html")).isEqualTo(1.0);
  }

  @Test
  void quality_notAccepted_isZero() {
    assertThat(Negotiation.quality("application/json", "text", "html")).isZero();
    assertThat(Negotiation.quality("text/html;q=bogus", "text", "html")).isZero();
  }
}
