package org.observatory.downtime.http.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.observatory.downtime.core.model.Category;

/**
 * The list filter form as the person filled it in: the values to show again, the errors next to them and the
 * catalogue's choices.
 *
 * @param values          every submitted parameter with its values
 * @param errors          messages per parameter name (from the core query parser)
 * @param sites           site codes to offer
 * @param enclosures      enclosure codes to offer
 * @param telescopes      telescope codes to offer
 * @param instrumentTypes instrument type codes to offer
 */
public record FilterForm(Map<String, List<String>> values, Map<String, List<String>> errors, Set<String> sites,
    Set<String> enclosures, Set<String> telescopes, Set<String> instrumentTypes) implements SubmittedFilters {

  /** Orders offered in the form, as written in the {@code order} parameter. */
  public static final List<String> ORDERS =
      List.of("start", "-start", "end", "-end", "created", "-created", "modified", "-modified");

  public FilterForm {
    values = copy(values);
    errors = copy(errors);
    sites = Set.copyOf(sites);
    enclosures = Set.copyOf(enclosures);
    telescopes = Set.copyOf(telescopes);
    instrumentTypes = Set.copyOf(instrumentTypes);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Choices offered for {@code site}, {@code enclosure}, {@code telescope}, {@code instrument_type}, {@code category}. */
  public List<String> choices(String name) {
    Set<String> codes = switch (name) {
      case "site" -> sites;
      case "enclosure" -> enclosures;
      case "telescope" -> telescopes;
      case Category.FIELD -> Set.copyOf(Category.CODES);
      default -> instrumentTypes;
    };
    // A code given in the link but unknown to the catalogue stays visible, so the form shows what was asked.
    java.util.TreeSet<String> offered = new java.util.TreeSet<>(codes);
    values.getOrDefault(name, List.of()).stream().filter(value -> !value.isEmpty()).forEach(offered::add);
    return List.copyOf(offered);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((key, list) -> copy.put(key, List.copyOf(list)));
    return java.util.Collections.unmodifiableMap(copy);
  }
}
