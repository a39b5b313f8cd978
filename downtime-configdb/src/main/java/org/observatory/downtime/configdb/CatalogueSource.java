package org.observatory.downtime.configdb;

import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** An instrument catalogue that can say where its data comes from, even before anything was loaded. */
public interface CatalogueSource extends InstrumentCatalogue {

  /**
   * Where the catalogue comes from, for the start-up log and the web page, e.g. {@code "ConfigDB at https://configdb/"};
   * never contains credentials.
   */
  String description();
}
