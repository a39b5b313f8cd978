package org.observatory.downtime.configdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.SiteGeography;

class DemoInstrumentCatalogueTest {

  private final Catalogue demo = new DemoInstrumentCatalogue().current().orElseThrow();

  @Test
  void demo_isMarkedAndDescribedAsTheDemoNetwork() {
    assertThat(demo.demo()).isTrue();
    assertThat(demo.description()).contains("demo network").contains("CONFIGDB_URL");
    assertThat(new DemoInstrumentCatalogue().description()).isEqualTo(demo.description());
  }

  @Test
  void demo_isASmallRealisticNetwork() {
    assertThat(demo.siteCodes()).containsExactly("cit", "coj", "cpt", "elp", "lsc", "ogg", "tfn");
    assertThat(demo.locations()).hasSizeBetween(12, 20);
    assertThat(demo.instrumentTypeCodes()).contains(
        "2M0-SCICAM-MUSCAT", "2M0-FLOYDS-SCICAM", "1M0-SCICAM-SINISTRO", "1M0-NRES-SCICAM", "0M4-SCICAM-QHY600");
    assertThat(demo.contains("ogg", "clma", "2m0a", "2M0-FLOYDS-SCICAM")).isTrue();
    assertThat(demo.contains("lsc", "doma", "1m0a", "1M0-NRES-SCICAM")).isTrue();
  }

  @Test
  void demo_everyTelescopeFitsTheDowntimeRulesAndHasAnInstrument() {
    assertThat(demo.locations()).allSatisfy(location -> {
      assertThat(location.site()).hasSizeLessThanOrEqualTo(DowntimeRules.MAX_SITE);
      assertThat(location.enclosure()).hasSizeLessThanOrEqualTo(DowntimeRules.MAX_ENCLOSURE);
      assertThat(location.telescope()).hasSizeLessThanOrEqualTo(DowntimeRules.MAX_TELESCOPE);
      assertThat(location.instrumentTypes()).isNotEmpty();
    });
  }

  @Test
  void demo_everySiteHasANameAndItsRealGeography() {
    assertThat(demo.sites()).allSatisfy(site -> {
      assertThat(site.name()).isNotBlank();
      SiteGeography where = site.geography().orElseThrow();
      ZoneId zone = where.timeZone().orElseThrow();
      // ConfigDB's whole-hour "timezone" is the zone's standard (winter) offset.
      int standardHours = zone.getRules().getStandardOffset(Instant.parse("2026-01-01T00:00:00Z")).getTotalSeconds() / 3600;
      assertThat(where.utcOffsetHours()).contains(standardHours);
    });
  }

  @Test
  void demo_sitesStandWhereTheObservatoriesAre() {
    assertThat(geography("ogg")).extracting(SiteGeography::latitude, SiteGeography::longitude, SiteGeography::elevation)
        .containsExactly(20.7071, -156.2576, 3055.0);
    assertThat(geography("coj").latitude()).isCloseTo(-31.27, within(0.01));
    assertThat(geography("lsc").longitude()).isCloseTo(-70.80, within(0.01));
    assertThat(geography("elp").timeZone()).contains(ZoneId.of("America/Chicago"));
    assertThat(geography("cpt").timeZone()).contains(ZoneId.of("Africa/Johannesburg"));
    assertThat(geography("tfn").utcOffsetHours()).contains(0);
    assertThat(geography("cit").timeZone()).contains(ZoneId.of("America/Los_Angeles"));
  }

  private SiteGeography geography(String site) {
    return demo.site(site).orElseThrow().geography().orElseThrow();
  }
}
