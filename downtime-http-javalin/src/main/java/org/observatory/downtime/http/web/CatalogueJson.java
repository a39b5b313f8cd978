package org.observatory.downtime.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue;

/** The catalogue's telescopes as the JSON the admin form's script reads to narrow its choices. */
final class CatalogueJson {

  // A writer is immutable (unlike its mapper): safe to share.
  private static final ObjectWriter WRITER = new ObjectMapper().writer();

  private CatalogueJson() {
  }

  /** {@code [{"site":..,"enclosure":..,"telescope":..,"instrument_types":[..]}, ...]}, or {@code []}. */
  static String of(Optional<Catalogue> catalogue) {
    List<Map<String, Object>> telescopes = new ArrayList<>();
    for (Catalogue.Location location : catalogue.map(Catalogue::locations).orElse(List.of())) {
      telescopes.add(Map.of("site", location.site(), "enclosure", location.enclosure(),
          "telescope", location.telescope(), "instrument_types", location.instrumentTypes().stream().sorted().toList()));
    }
    try {
      return WRITER.writeValueAsString(telescopes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the catalogue as JSON", e);
    }
  }
}
