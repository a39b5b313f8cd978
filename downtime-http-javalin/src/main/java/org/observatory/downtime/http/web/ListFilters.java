package org.observatory.downtime.http.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Category;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.http.request.DowntimeQueryParameters;

/**
 * Reads the list filters of a web page as the API reads its parameters, keeping what was typed for the form. The
 * form's "any" choice sends an empty value, which the page takes as no filter (the API refuses it as no choice).
 *
 * @param form  the form to show again, with errors
 * @param query the parsed query (first page of {@link Pager#PAGE_SIZE}), or empty when a filter is invalid
 */
record ListFilters(FilterForm form, Optional<DowntimeQuery> query) {

  /** Parameters that filter (as opposed to paging and ordering). */
  static final List<String> FILTERS = List.of("site", "enclosure", "telescope", "instrument_type", "starts_after",
      "starts_before", "ends_after", "ends_before", "reason", "reason_exact", "category");

  /**
   * Parses the request's parameters.
   *
   * @param params   as given by the browser
   * @param renamed  parameters to pass to the parser under another name (e.g. the admin search {@code q} as
   *                 {@code reason}); errors are reported under the name the form used
   * @param defaults parameters used when the browser gave none of them (e.g. {@code ends_after=now})
   */
  static ListFilters parse(Map<String, List<String>> params, Map<String, String> renamed,
      Map<String, String> defaults, Optional<Catalogue> catalogue) {
    Map<String, List<String>> effective = new LinkedHashMap<>();
    params.forEach((name, values) -> effective.put(renamed.getOrDefault(name, name),
        FilterTerms.CHOICE_FILTERS.contains(name) || name.equals(Category.FIELD)
            ? values.stream().filter(value -> !value.isEmpty()).toList() : values));
    defaults.forEach((name, value) -> effective.putIfAbsent(name, List.of(value)));
    effective.remove("limit");
    effective.remove("offset");
    FilterForm form;
    Optional<DowntimeQuery> query;
    try {
      query = Optional.of(DowntimeQueryParameters.parse(effective, catalogue).withPage(Pager.PAGE_SIZE, 0));
      form = form(params, Map.of(), catalogue);
    } catch (ValidationException e) {
      Map<String, List<String>> errors = new LinkedHashMap<>();
      Map<String, String> back = new LinkedHashMap<>();
      renamed.forEach((formName, parserName) -> back.put(parserName, formName));
      e.errors().forEach((name, messages) -> errors.put(back.getOrDefault(name, name), messages));
      query = Optional.empty();
      form = form(params, errors, catalogue);
    }
    return new ListFilters(form, query);
  }

  /** Whether the person gave no filter at all (paging and ordering aside). */
  static boolean noFilter(Map<String, List<String>> params, Set<String> extraFilters) {
    return params.entrySet().stream()
        .filter(entry -> FILTERS.contains(entry.getKey()) || extraFilters.contains(entry.getKey()))
        .allMatch(entry -> entry.getValue().stream().allMatch(String::isEmpty));
  }

  private static FilterForm form(Map<String, List<String>> params, Map<String, List<String>> errors,
      Optional<Catalogue> catalogue) {
    return new FilterForm(params, errors,
        catalogue.map(Catalogue::siteCodes).orElse(Set.of()),
        catalogue.map(Catalogue::enclosureCodes).orElse(Set.of()),
        catalogue.map(Catalogue::telescopeCodes).orElse(Set.of()),
        catalogue.map(Catalogue::instrumentTypeCodes).orElse(Set.of()));
  }
}
