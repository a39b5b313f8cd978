package org.observatory.downtime.configdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Catalogue.Site;
import org.observatory.downtime.core.model.SiteGeography;

class ConfigDbJsonTest {

  private static Site site(String siteJson) throws CatalogueLoadException {
    String answer = "{\"results\": [" + siteJson + "]}";
    return new ConfigDbJson().read(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)), "test")
        .sites().get(0);
  }

  @Test
  void read_siteWithEveryGeographyField_keepsThemAsConfigDbGivesThem() throws Exception {
    Site ogg = site(SitesJson.OGG_WITH_GEOGRAPHY);

    assertThat(ogg.name()).isEqualTo("Haleakala Observatory");
    SiteGeography where = ogg.geography().orElseThrow();
    assertThat(where.latitude()).isEqualTo(20.7071);
    assertThat(where.longitude()).isEqualTo(-156.2576);
    assertThat(where.elevation()).isEqualTo(3055);
    assertThat(where.timeZone()).contains(ZoneId.of("Pacific/Honolulu"));
    assertThat(where.utcOffsetHours()).contains(-10);
    assertThat(ogg.enclosures()).isNotEmpty();
  }

  @Test
  void read_missingOrNullLatitudeOrLongitude_hasNoGeographyButKeepsTheSite() throws Exception {
    Site noLatitude = site("{\"code\": \"elp\", \"long\": -104.0152, \"tz\": \"America/Chicago\"}");
    Site nullLongitude = site("{\"code\": \"elp\", \"lat\": 30.6799, \"long\": null}");
    Site nothing = site("{\"code\": \"elp\", \"enclosure_set\": [{\"code\": \"doma\"}]}");

    assertThat(noLatitude.geography()).isEmpty();
    assertThat(nullLongitude.geography()).isEmpty();
    assertThat(nothing.geography()).isEmpty();
    assertThat(nothing.name()).isEmpty();
    assertThat(nothing.enclosures()).hasSize(1);
  }

  @Test
  void read_coordinatesOutOfRangeOrNotNumbers_haveNoGeography() throws Exception {
    assertThat(site("{\"code\": \"elp\", \"lat\": 130.0, \"long\": -104.0}").geography()).isEmpty();
    assertThat(site("{\"code\": \"elp\", \"lat\": 30.7, \"long\": -204.0}").geography()).isEmpty();
    assertThat(site("{\"code\": \"elp\", \"lat\": \"north\", \"long\": -104.0}").geography()).isEmpty();
  }

  @Test
  void read_coordinatesAsNumericText_areRead() throws Exception {
    SiteGeography where = site("{\"code\": \"elp\", \"lat\": \"30.6799\", \"long\": \" -104.0152\"}")
        .geography().orElseThrow();

    assertThat(where.latitude()).isEqualTo(30.6799);
    assertThat(where.longitude()).isEqualTo(-104.0152);
  }

  @Test
  void read_onlyCoordinates_givesGeographyWithoutTimeZoneAndAtSeaLevel() throws Exception {
    SiteGeography where = site("{\"code\": \"tfn\", \"lat\": 28.3004, \"long\": -16.5116, \"elevation\": null}")
        .geography().orElseThrow();

    assertThat(where.elevation()).isZero();
    assertThat(where.timeZone()).isEmpty();
    assertThat(where.utcOffsetHours()).isEmpty();
  }

  @Test
  void read_unknownTimeZoneOrBadOffset_leavesThemOutButKeepsTheCoordinates() throws Exception {
    SiteGeography where = site("{\"code\": \"tfn\", \"lat\": 28.3004, \"long\": -16.5116, "
        + "\"tz\": \"Canary/Teide\", \"timezone\": 0.5}").geography().orElseThrow();
    SiteGeography farOff = site("{\"code\": \"tfn\", \"lat\": 28.3004, \"long\": -16.5116, \"timezone\": 20}")
        .geography().orElseThrow();

    assertThat(where.latitude()).isEqualTo(28.3004);
    assertThat(where.timeZone()).isEmpty();
    assertThat(where.utcOffsetHours()).isEmpty();
    assertThat(farOff.utcOffsetHours()).isEmpty();
  }
}
