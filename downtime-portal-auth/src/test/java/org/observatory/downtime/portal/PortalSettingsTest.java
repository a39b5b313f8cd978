package org.observatory.downtime.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class PortalSettingsTest {

  private static final String TOKEN_URL = "https://portal.example.org/o/token/";
  private static final String PROFILE_URL = "https://portal.example.org/api/profile/";

  @Test
  void withDefaultTimeouts_buildsAClientWithEveryTimeoutSet() {
    PortalSettings settings = PortalSettings.withDefaultTimeouts(TOKEN_URL, PROFILE_URL, "downtime", "s3cret");

    OkHttpClient client = settings.httpClient();

    assertThat(client.connectTimeoutMillis()).isEqualTo(3_000);
    assertThat(client.readTimeoutMillis()).isEqualTo(5_000);
    assertThat(client.callTimeoutMillis()).isEqualTo(8_000);
  }

  @Test
  void toString_neverShowsTheClientSecret() {
    PortalSettings settings = PortalSettings.withDefaultTimeouts(TOKEN_URL, PROFILE_URL, "downtime", "s3cret");

    assertThat(settings.toString()).doesNotContain("s3cret").contains("downtime");
  }

  @Test
  void create_badTokenUrl_isRefusedNamingTheVariable() {
    assertThatThrownBy(() -> PortalSettings.withDefaultTimeouts("portal/o/token", PROFILE_URL, "downtime", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OAUTH_TOKEN_URL");
  }

  @Test
  void create_badProfileUrl_isRefusedNamingTheVariable() {
    assertThatThrownBy(() -> PortalSettings.withDefaultTimeouts(TOKEN_URL, "ftp://portal/profile", "downtime", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OAUTH_PROFILE_URL");
  }

  @Test
  void create_blankClientId_isRefusedNamingTheVariable() {
    assertThatThrownBy(() -> PortalSettings.withDefaultTimeouts(TOKEN_URL, PROFILE_URL, " ", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OAUTH_CLIENT_ID");
  }

  @Test
  void create_zeroOrHugeTimeout_isRefused() {
    assertThatThrownBy(() -> new PortalSettings(TOKEN_URL, PROFILE_URL, "d", "", Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> new PortalSettings(TOKEN_URL, PROFILE_URL, "d", "", Duration.ofSeconds(1), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
  }
}
