package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;

class CatalogueTest {

  private final Catalogue catalogue = TestCatalogues.small();

  @Test
  void codes_areSortedAndDistinct() {
    assertThat(catalogue.siteCodes()).containsExactly("coj", "ogg");
    assertThat(catalogue.enclosureCodes()).containsExactly("clma", "doma");
    assertThat(catalogue.telescopeCodes()).containsExactly("0m4b", "1m0a", "2m0a");
    assertThat(catalogue.instrumentTypeCodes()).contains("2M0-SCICAM-MUSCAT", "1M0-NRES-SCICAM").hasSize(5);
  }

  @Test
  void locations_areOneRowPerTelescopeSortedByKey() {
    assertThat(catalogue.locations()).extracting(Catalogue.Location::key)
        .containsExactly("coj.doma.1m0a", "ogg.clma.0m4b", "ogg.clma.2m0a");
  }

  @Test
  void contains_wholeTelescopeOrMountedInstrumentOnly() {
    assertThat(catalogue.contains("ogg", "clma", "2m0a", "")).isTrue();
    assertThat(catalogue.contains("ogg", "clma", "2m0a", "2M0-FLOYDS-SCICAM")).isTrue();
    assertThat(catalogue.contains("ogg", "clma", "2m0a", "0M4-SCICAM-SBIG")).isFalse();
    assertThat(catalogue.contains("ogg", "doma", "1m0a", "")).isFalse();
  }

  @Test
  void site_knownCode_isThatSiteAndUnknownCodeIsEmpty() {
    assertThat(catalogue.site("coj")).map(Catalogue.Site::code).contains("coj");
    assertThat(catalogue.site("nop")).isEmpty();
  }

  @Test
  void site_builtFromCodeAndEnclosures_hasNoNameAndNoGeography() {
    Catalogue.Site site = catalogue.site("ogg").orElseThrow();

    assertThat(site.name()).isEmpty();
    assertThat(site.geography()).isEmpty();
  }

  @Test
  void site_withNameAndGeography_keepsThem() {
    SiteGeography where = SiteGeography.of(28.3003, -16.5117, 2390, "Atlantic/Canary", 0);
    Catalogue withTfn = new Catalogue(List.of(new Catalogue.Site("tfn", "Teide Observatory", List.of(),
        Optional.of(where))), "test", false);

    assertThat(withTfn.site("tfn").orElseThrow().name()).isEqualTo("Teide Observatory");
    assertThat(withTfn.site("tfn").orElseThrow().geography()).contains(where);
  }
}
