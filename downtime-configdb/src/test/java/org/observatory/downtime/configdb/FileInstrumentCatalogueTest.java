package org.observatory.downtime.configdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.observatory.downtime.core.model.Catalogue;

class FileInstrumentCatalogueTest {

  @TempDir
  Path dir;

  /** Writes the file and moves its modification time on, as an edit a few seconds later would. */
  private Path write(Path file, String json, int secondsLater) throws IOException {
    Files.writeString(file, json);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-20T10:00:00Z").plusSeconds(secondsLater)));
    return file;
  }

  @Test
  void current_readsTheFile() throws IOException {
    Path file = write(dir.resolve("sites.json"), SitesJson.TWO_SITES, 0);

    Catalogue loaded = new FileInstrumentCatalogue(file).current().orElseThrow();

    assertThat(loaded.contains("ogg", "clma", "2m0a", "2M0-SCICAM-MUSCAT")).isTrue();
    assertThat(loaded.description()).isEqualTo("file " + file.toAbsolutePath());
    assertThat(loaded.demo()).isFalse();
  }

  @Test
  void current_siteNameAndGeography_areRead() throws IOException {
    Path file = write(dir.resolve("sites.json"), "[" + SitesJson.OGG_WITH_GEOGRAPHY + "]", 0);

    Catalogue.Site ogg = new FileInstrumentCatalogue(file).current().orElseThrow().site("ogg").orElseThrow();

    assertThat(ogg.name()).isEqualTo("Haleakala Observatory");
    assertThat(ogg.geography().orElseThrow().latitude()).isEqualTo(20.7071);
  }

  @Test
  void current_afterTheFileChanges_servesTheNewCatalogue() throws IOException {
    Path file = write(dir.resolve("sites.json"), SitesJson.TWO_SITES, 0);
    FileInstrumentCatalogue catalogue = new FileInstrumentCatalogue(file);
    catalogue.current();

    write(file, SitesJson.ONE_SITE, 10);

    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("elp");
  }

  @Test
  void current_unchangedFile_isNotReadAgain() throws IOException {
    Path file = write(dir.resolve("sites.json"), SitesJson.TWO_SITES, 0);
    FileInstrumentCatalogue catalogue = new FileInstrumentCatalogue(file);

    Catalogue first = catalogue.current().orElseThrow();

    assertThat(catalogue.current().orElseThrow()).isSameAs(first);
  }

  @Test
  void current_brokenEdit_keepsTheLastGoodCatalogueUntilFixed() throws IOException {
    Path file = write(dir.resolve("sites.json"), SitesJson.TWO_SITES, 0);
    FileInstrumentCatalogue catalogue = new FileInstrumentCatalogue(file);
    catalogue.current();

    write(file, "{\"results\": [{\"code\": \"ogg\", ", 10);
    Catalogue whileBroken = catalogue.current().orElseThrow();
    write(file, SitesJson.ONE_SITE, 20);

    assertThat(whileBroken.siteCodes()).containsExactly("coj", "ogg");
    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("elp");
  }

  @Test
  void current_fileRemoved_keepsTheLastGoodCatalogue() throws IOException {
    Path file = write(dir.resolve("sites.json"), SitesJson.TWO_SITES, 0);
    FileInstrumentCatalogue catalogue = new FileInstrumentCatalogue(file);
    catalogue.current();

    Files.delete(file);

    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("coj", "ogg");
  }

  @Test
  void current_noUsableFileYet_isEmptyUntilOneAppears() throws IOException {
    Path file = dir.resolve("sites.json");
    FileInstrumentCatalogue catalogue = new FileInstrumentCatalogue(file);

    assertThat(catalogue.current()).isEmpty();
    write(file, "not json", 0);
    assertThat(catalogue.current()).isEmpty();
    write(file, SitesJson.ONE_SITE, 10);
    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("elp");
  }
}
