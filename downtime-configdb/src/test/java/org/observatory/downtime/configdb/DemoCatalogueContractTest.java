package org.observatory.downtime.configdb;

/** The catalogue contract on the demo network bundled in the jar. */
class DemoCatalogueContractTest extends InstrumentCatalogueContract {

  private final DemoInstrumentCatalogue demo = new DemoInstrumentCatalogue();

  @Override
  protected CatalogueSource source() {
    return demo;
  }
}
