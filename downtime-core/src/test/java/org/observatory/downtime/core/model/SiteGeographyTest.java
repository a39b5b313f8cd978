package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteGeographyTest {

  @Test
  void of_keepsTheValuesAsGiven() {
    SiteGeography ogg = SiteGeography.of(20.7071, -156.2576, 3055, "Pacific/Honolulu", -10);

    assertThat(ogg.latitude()).isEqualTo(20.7071);
    assertThat(ogg.longitude()).isEqualTo(-156.2576);
    assertThat(ogg.elevation()).isEqualTo(3055);
    assertThat(ogg.timeZone()).contains(ZoneId.of("Pacific/Honolulu"));
    assertThat(ogg.utcOffsetHours()).contains(-10);
  }

  @Test
  void of_timeZoneLink_isKeptUnderItsOwnName() {
    assertThat(SiteGeography.of(20.7, -156.3, 0, "US/Hawaii", -10).timeZone().orElseThrow().getId())
        .isEqualTo("US/Hawaii");
  }

  @Test
  void construction_latitudeOutOfRange_isRefusedNamingLatitude() {
    assertThatThrownBy(() -> SiteGeography.of(90.01, 0, 0, "UTC", 0)).hasMessageStartingWith("latitude:");
    assertThatThrownBy(() -> SiteGeography.of(-91, 0, 0, "UTC", 0)).hasMessageStartingWith("latitude:");
    assertThatThrownBy(() -> SiteGeography.of(Double.NaN, 0, 0, "UTC", 0)).hasMessageStartingWith("latitude:");
  }

  @Test
  void construction_longitudeOutOfRange_isRefusedNamingLongitude() {
    assertThatThrownBy(() -> SiteGeography.of(0, 180.5, 0, "UTC", 0)).hasMessageStartingWith("longitude:");
    assertThatThrownBy(() -> SiteGeography.of(0, Double.NaN, 0, "UTC", 0)).hasMessageStartingWith("longitude:");
  }

  @Test
  void construction_limitsThemselves_areAccepted() {
    assertThat(SiteGeography.of(-90, 180, 0, "UTC", 0).latitude()).isEqualTo(-90);
    assertThat(SiteGeography.of(90, -180, 0, "UTC", 0).longitude()).isEqualTo(-180);
  }

  @Test
  void construction_unknownTimeZone_isRefusedNamingTimeZone() {
    assertThatThrownBy(() -> SiteGeography.of(0, 0, 0, "Mars/Olympus_Mons", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeZone:");
    assertThatThrownBy(() -> SiteGeography.of(0, 0, 0, "+02:00", 0)).hasMessageStartingWith("timeZone:");
  }

  @Test
  void construction_badOffsetOrElevation_isRefusedNamingTheField() {
    assertThatThrownBy(() -> SiteGeography.of(0, 0, 0, "UTC", 15)).hasMessageStartingWith("utcOffsetHours:");
    assertThatThrownBy(() -> SiteGeography.of(0, 0, Double.POSITIVE_INFINITY, "UTC", 0))
        .hasMessageStartingWith("elevation:");
  }

  @Test
  void construction_withoutTimeZoneOrOffset_isAccepted() {
    SiteGeography bare = new SiteGeography(69.65, 18.96, 0, Optional.empty(), Optional.empty());

    assertThat(bare.timeZone()).isEmpty();
    assertThat(bare.utcOffsetHours()).isEmpty();
  }

  @Test
  void solarNoon_isNoonUtcMinusLongitudeOverFifteenHours() {
    LocalDate date = LocalDate.parse("2026-03-20");

    assertThat(SiteGeography.of(0, 0, 0, "UTC", 0).solarNoon(date)).isEqualTo(Instant.parse("2026-03-20T12:00:00Z"));
    assertThat(SiteGeography.of(20.7, -150, 0, "UTC", 0).solarNoon(date))
        .isEqualTo(Instant.parse("2026-03-20T22:00:00Z"));
    assertThat(SiteGeography.of(-31.3, 149.07, 0, "UTC", 0).solarNoon(date))
        .isEqualTo(Instant.parse("2026-03-20T02:03:43.200Z"));
  }
}
