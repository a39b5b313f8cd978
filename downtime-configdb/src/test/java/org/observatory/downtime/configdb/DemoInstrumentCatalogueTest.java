package org.observatory.downtime.configdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.DowntimeRules;

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
}
