package org.observatory.downtime.configdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.SiteGeography;

/**
 * What every catalogue source must answer for the same ConfigDB {@code /sites/} document (the bundled demo network):
 * the same sites, enclosures, telescopes, instrument types and site geography, whether it comes from ConfigDB over
 * HTTP, a file, or the jar. Each source runs it by extending this class.
 */
abstract class InstrumentCatalogueContract {

  /** A source that serves {@link #sitesJson()}. */
  protected abstract CatalogueSource source();

  /** The ConfigDB answer every source is given: the bundled demo network. */
  static String sitesJson() {
    try (InputStream in = DemoInstrumentCatalogue.class.getResourceAsStream(DemoInstrumentCatalogue.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Catalogue loaded() {
    return source().current().orElseThrow(() -> new AssertionError("no catalogue loaded"));
  }

  @Test
  void current_listsEveryTelescopeOfTheDocument() {
    assertThat(loaded().siteCodes()).containsExactly("cit", "coj", "cpt", "elp", "lsc", "ogg", "tfn");
    assertThat(loaded().locations()).extracting(Catalogue.Location::key)
        .contains("ogg.clma.2m0a", "ogg.clma.0m4b", "coj.doma.1m0a", "tfn.aqwa.0m4a", "cit.doma.1m0a")
        .doesNotHaveDuplicates()
        .isSorted();
  }

  @Test
  void contains_wholeTelescopeOrOneOfItsInstrumentTypes_only() {
    Catalogue catalogue = loaded();

    assertThat(catalogue.contains("ogg", "clma", "2m0a", "")).isTrue();
    assertThat(catalogue.contains("ogg", "clma", "2m0a", "2M0-FLOYDS-SCICAM")).isTrue();
    assertThat(catalogue.contains("ogg", "clma", "2m0a", "1M0-SCICAM-SINISTRO")).isFalse();
    assertThat(catalogue.contains("ogg", "doma", "2m0a", "")).isFalse();
    assertThat(catalogue.contains("nop", "clma", "2m0a", "")).isFalse();
  }

  @Test
  void current_choicesAreTheCodesOfEachLevel() {
    Catalogue catalogue = loaded();

    assertThat(catalogue.enclosureCodes()).contains("clma", "doma", "domb", "aqwa");
    assertThat(catalogue.telescopeCodes()).contains("2m0a", "1m0a", "0m4a", "0m4b");
    assertThat(catalogue.instrumentTypeCodes()).contains("2M0-SCICAM-MUSCAT", "1M0-NRES-SCICAM", "0M4-SCICAM-QHY600");
  }

  @Test
  void current_keepsEachSitesNameAndGeography() {
    Catalogue.Site ogg = loaded().site("ogg").orElseThrow();

    assertThat(ogg.name()).isEqualTo("Haleakala Observatory");
    assertThat(ogg.geography()).map(SiteGeography::latitude).hasValueSatisfying(lat -> assertThat(lat).isBetween(20.0, 21.0));
  }

  @Test
  void current_askedAgain_answersTheSameCatalogue() {
    assertThat(source().current()).isEqualTo(source().current());
  }

  @Test
  void description_saysWhereTheCatalogueComesFrom() {
    assertThat(source().description()).isNotBlank();
    assertThat(loaded().description()).isEqualTo(source().description());
  }
}
