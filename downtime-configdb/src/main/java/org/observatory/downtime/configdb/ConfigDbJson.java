package org.observatory.downtime.configdb;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.Catalogue.Enclosure;
import org.observatory.downtime.core.model.Catalogue.Site;
import org.observatory.downtime.core.model.Catalogue.Telescope;

/**
 * Reads ConfigDB's {@code /sites/} JSON: {@code {"results":[site...], "next": url|null}} or a bare array of sites.
 *
 * <p>Codes are read at every level; for sites also the name and the geography ({@link GeographyJson}). Every other
 * field ({@code active}, {@code state}, names below the site) is ignored, and missing or null arrays count as empty.
 * Entries without a code are skipped.
 */
final class ConfigDbJson {

  private final ObjectMapper mapper = new ObjectMapper();

  SitesPage read(InputStream json, String origin) throws CatalogueLoadException {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JacksonException e) {
      throw new CatalogueLoadException(origin + " is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new CatalogueLoadException("could not read " + origin + ": " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new CatalogueLoadException(origin + " is empty");
    }
    JsonNode results;
    Optional<String> next = Optional.empty();
    if (root.isArray()) {
      results = root;
    } else if (root.isObject() && root.path("results").isArray()) {
      results = root.get("results");
      next = text(root.get("next"));
    } else {
      throw new CatalogueLoadException(origin + " is not a ConfigDB sites answer (expected {\"results\": [...]} or a list of sites)");
    }
    List<Site> sites = new ArrayList<>();
    for (JsonNode site : results) {
      text(site.get("code")).ifPresent(code -> sites.add(
          new Site(code, text(site.get("name")).orElse(""), enclosures(site), GeographyJson.read(site))));
    }
    return new SitesPage(sites, next);
  }

  private static List<Enclosure> enclosures(JsonNode site) {
    List<Enclosure> enclosures = new ArrayList<>();
    for (JsonNode enclosure : site.path("enclosure_set")) {
      text(enclosure.get("code")).ifPresent(code -> enclosures.add(new Enclosure(code, telescopes(enclosure))));
    }
    return enclosures;
  }

  private static List<Telescope> telescopes(JsonNode enclosure) {
    List<Telescope> telescopes = new ArrayList<>();
    for (JsonNode telescope : enclosure.path("telescope_set")) {
      text(telescope.get("code")).ifPresent(code -> telescopes.add(new Telescope(code, instrumentTypes(telescope))));
    }
    return telescopes;
  }

  private static Set<String> instrumentTypes(JsonNode telescope) {
    Set<String> types = new LinkedHashSet<>();
    for (JsonNode instrument : telescope.path("instrument_set")) {
      text(instrument.path("instrument_type").get("code")).ifPresent(types::add);
    }
    return types;
  }

  /** The node's text, stripped, when it is a non-blank string. */
  static Optional<String> text(JsonNode node) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(node.asText().strip());
  }
}
