package org.observatory.downtime.configdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue contract on a local file holding a ConfigDB answer ({@code CONFIGDB_URL=/path/sites.json}). */
class FileCatalogueContractTest extends InstrumentCatalogueContract {

  @TempDir
  Path directory;

  private FileInstrumentCatalogue file;

  @BeforeEach
  void writeFile() throws IOException {
    Path sites = Files.writeString(directory.resolve("sites.json"), sitesJson());
    file = new FileInstrumentCatalogue(sites);
  }

  @Override
  protected CatalogueSource source() {
    return file;
  }
}
