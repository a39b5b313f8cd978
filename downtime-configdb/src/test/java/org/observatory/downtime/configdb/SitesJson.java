package org.observatory.downtime.configdb;

/** ConfigDB {@code /sites/} answers used by the tests. */
final class SitesJson {

  /** ogg.clma.2m0a (MuSCAT, FLOYDS) and coj.doma.1m0a (Sinistro), with fields the parser must ignore. */
  static final String TWO_SITES = """
      {"count": 2, "next": null, "previous": null, "results": [
        {"code": "ogg", "name": "Haleakala", "active": true, "enclosure_set": [
          {"code": "clma", "active": false, "telescope_set": [
            {"code": "2m0a", "lat": 20.7, "instrument_set": [
              {"code": "mc01", "state": "DISABLED", "instrument_type": {"code": "2M0-SCICAM-MUSCAT", "name": "MuSCAT"}},
              {"code": "en06", "state": "SCHEDULABLE", "instrument_type": {"code": "2M0-FLOYDS-SCICAM"}}]}]}]},
        {"code": "coj", "enclosure_set": [
          {"code": "doma", "telescope_set": [
            {"code": "1m0a", "instrument_set": [{"instrument_type": {"code": "1M0-SCICAM-SINISTRO"}}]}]}]}]}
      """;

  /** One site, elp.doma.1m0a (Sinistro). */
  static final String ONE_SITE = """
      {"results": [{"code": "elp", "enclosure_set": [{"code": "doma", "telescope_set": [
        {"code": "1m0a", "instrument_set": [{"instrument_type": {"code": "1M0-SCICAM-SINISTRO"}}]}]}]}]}
      """;

  /** ogg with its name and geography, as ConfigDB gives them, and one telescope (clma.2m0a, MuSCAT). */
  static final String OGG_WITH_GEOGRAPHY = """
      {"code": "ogg", "name": "Haleakala Observatory", "lat": 20.7071, "long": -156.2576, "elevation": 3055,
       "tz": "Pacific/Honolulu", "timezone": -10, "active": true, "enclosure_set": [{"code": "clma", "telescope_set": [
         {"code": "2m0a", "instrument_set": [{"instrument_type": {"code": "2M0-SCICAM-MUSCAT"}}]}]}]}
      """;

  private SitesJson() {
  }
}
