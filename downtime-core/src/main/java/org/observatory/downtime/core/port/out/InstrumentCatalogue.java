package org.observatory.downtime.core.port.out;

import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue;

/**
 * For knowing which sites, enclosures, telescopes and instrument types exist (ConfigDB, a file, or the demo network).
 *
 * <p>Implementations cache and refresh as they see fit; when a refresh fails they keep answering with the
 * last catalogue they loaded. Never throws.
 */
public interface InstrumentCatalogue {

  /** The current catalogue, or empty when none could ever be loaded. */
  Optional<Catalogue> current();
}
