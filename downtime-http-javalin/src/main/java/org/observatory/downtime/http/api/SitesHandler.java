package org.observatory.downtime.http.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.CatalogueUnavailableException;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/**
 * {@code GET /api/sites/}: the catalogue as the service sees it: each site with its name and geography (null where
 * the catalogue gives none), enclosures, telescopes and instrument types, in code order.
 */
final class SitesHandler {

  static final String UNAVAILABLE = "The instrument catalogue (ConfigDB) is unavailable. Try again later.";

  private final InstrumentCatalogue catalogue;
  private final ApiRepresentation representation;
  private final ApiResponder responder;

  SitesHandler(InstrumentCatalogue catalogue, ApiRepresentation representation, ApiResponder responder) {
    this.catalogue = catalogue;
    this.representation = representation;
    this.responder = responder;
  }

  void list(Context ctx) {
    Catalogue current = catalogue.current().orElseThrow(() -> new CatalogueUnavailableException(UNAVAILABLE));
    List<Map<String, Object>> sites = new ArrayList<>();
    current.sites().stream().sorted(java.util.Comparator.comparing(Catalogue.Site::code))
        .forEach(site -> sites.add(site(site)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("count", sites.size());
    answer.put("results", sites);
    responder.send(ctx, 200, representation.value(answer), "Sites");
  }

  private static Map<String, Object> site(Catalogue.Site site) {
    Map<String, Object> json = new LinkedHashMap<>();
    SiteGeography geography = site.geography().orElse(null);
    json.put("code", site.code());
    json.put("name", site.name());
    json.put("lat", geography == null ? null : geography.latitude());
    json.put("long", geography == null ? null : geography.longitude());
    json.put("elevation", geography == null ? null : geography.elevation());
    json.put("tz", geography == null ? null : geography.timeZone().map(Object::toString).orElse(null));
    json.put("timezone", geography == null ? null : geography.utcOffsetHours().orElse(null));
    List<Map<String, Object>> enclosures = new ArrayList<>();
    site.enclosures().stream().sorted(java.util.Comparator.comparing(Catalogue.Enclosure::code)).forEach(enclosure -> {
      List<Map<String, Object>> telescopes = new ArrayList<>();
      enclosure.telescopes().stream().sorted(java.util.Comparator.comparing(Catalogue.Telescope::code))
          .forEach(telescope -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", telescope.code());
            entry.put("instrument_types", telescope.instrumentTypes().stream().sorted().toList());
            telescopes.add(entry);
          });
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", enclosure.code());
      entry.put("telescopes", telescopes);
      enclosures.add(entry);
    });
    json.put("enclosures", enclosures);
    return json;
  }
}
