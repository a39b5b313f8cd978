package org.observatory.downtime.configdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentCataloguesTest {

  private final OkHttpClient client = InstrumentCatalogues.defaultClient();
  private final Clock clock = Clock.systemUTC();

  @TempDir
  Path dir;

  private CatalogueSource from(String setting) {
    return InstrumentCatalogues.fromSetting(setting, () -> client, clock);
  }

  @Test
  void fromSetting_unsetOrBlank_isTheDemoNetwork() {
    assertThat(from(null)).isInstanceOf(DemoInstrumentCatalogue.class);
    assertThat(from("  ")).isInstanceOf(DemoInstrumentCatalogue.class);
  }

  @Test
  void fromSetting_httpUrl_isConfigDbWithoutCredentialsInItsDescription() {
    CatalogueSource source = from("https://ops:hunter2@configdb.example.org/api");

    assertThat(source).isInstanceOf(HttpInstrumentCatalogue.class);
    assertThat(source.description()).isEqualTo("ConfigDB at https://configdb.example.org/api/sites/");
  }

  @Test
  void fromSetting_pathOrFileUrl_isThatFile() throws IOException {
    Path file = Files.writeString(dir.resolve("sites.json"), SitesJson.ONE_SITE);

    CatalogueSource byPath = from(file.toString());
    CatalogueSource byUrl = from(file.toUri().toString());

    assertThat(byPath).isInstanceOf(FileInstrumentCatalogue.class);
    assertThat(byUrl.description()).isEqualTo("file " + file.toAbsolutePath());
    assertThat(byUrl.current().orElseThrow().siteCodes()).containsExactly("elp");
  }

  @Test
  void fromSetting_missingFile_isRefusedNamingTheSetting() {
    assertThatThrownBy(() -> from(dir.resolve("nope.json").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CONFIGDB_URL").hasMessageContaining("nope.json");
  }

  @Test
  void fromSetting_otherScheme_isRefusedNamingTheSetting() {
    assertThatThrownBy(() -> from("ftp://user:pw@configdb/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CONFIGDB_URL").hasMessageContaining("ftp").hasMessageNotContaining("pw");
  }

  @Test
  void fromSetting_malformedHttpUrl_isRefusedNamingTheSetting() {
    assertThatThrownBy(() -> from("http://"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CONFIGDB_URL");
  }
}
