package org.observatory.downtime.configdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue;

/** The small demonstration network bundled with the service, used when {@code CONFIGDB_URL} is not set. */
public final class DemoInstrumentCatalogue implements CatalogueSource {

  /** Where the demo network lives on the class path, in ConfigDB's {@code /sites/} JSON format. */
  static final String RESOURCE = "demo-sites.json";

  private static final String DESCRIPTION =
      "the bundled demo network (CONFIGDB_URL is not set; set it to use the observatory's ConfigDB)";

  private final Catalogue catalogue;

  /**
   * Reads the bundled network.
   *
   * @throws IllegalStateException when the bundled resource is missing or broken (a packaging error)
   */
  public DemoInstrumentCatalogue() {
    try (InputStream in = DemoInstrumentCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the demo network " + RESOURCE + " is missing from the class path");
      }
      this.catalogue = new Catalogue(new ConfigDbJson().read(in, RESOURCE).sites(), DESCRIPTION, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo network " + RESOURCE, e);
    } catch (CatalogueLoadException e) {
      throw new IllegalStateException("the demo network " + RESOURCE + " is broken: " + e.getMessage(), e);
    }
  }

  @Override
  public String description() {
    return DESCRIPTION;
  }

  @Override
  public Optional<Catalogue> current() {
    return Optional.of(catalogue);
  }
}
