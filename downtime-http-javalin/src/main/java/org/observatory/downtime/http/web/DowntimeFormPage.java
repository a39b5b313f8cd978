package org.observatory.downtime.http.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The add or edit form of one downtime.
 *
 * @param id              the downtime being edited, or 0 when adding
 * @param form            values to show
 * @param repeat          the repeat fields as typed, or {@code null} when the form offers no repeat (editing, or a
 *                        server without recurring downtimes)
 * @param errors          messages per field ({@code start}, {@code site}, ..., {@code non_field_errors})
 * @param sites           site codes to offer (all, the script narrows the others as a site is picked)
 * @param enclosures      enclosure codes to offer
 * @param telescopes      telescope codes to offer
 * @param instrumentTypes instrument type codes to offer
 * @param catalogueJson   the catalogue's telescopes as JSON, read by the page's script
 * @param csrfToken       the form's CSRF token
 * @param seriesId        the recurring series the edited downtime belongs to, or {@code null}
 * @param history         the edited downtime's changes, newest first; {@code null} when not shown (adding, or a
 *                        server without the audit history)
 */
public record DowntimeFormPage(Layout layout, long id, DowntimeForm form, RepeatForm repeat,
    Map<String, List<String>> errors, Set<String> sites, Set<String> enclosures, Set<String> telescopes,
    Set<String> instrumentTypes, String catalogueJson, String csrfToken, Long seriesId, List<HistoryRow> history) {

  public DowntimeFormPage {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(form, "form");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
    errors = java.util.Collections.unmodifiableMap(copy);
    sites = Set.copyOf(sites);
    enclosures = Set.copyOf(enclosures);
    telescopes = Set.copyOf(telescopes);
    instrumentTypes = Set.copyOf(instrumentTypes);
    Objects.requireNonNull(catalogueJson, "catalogueJson");
    Objects.requireNonNull(csrfToken, "csrfToken");
    history = history == null ? null : List.copyOf(history);
  }

  /** Whether the page shows the edited downtime's history. */
  public boolean showsHistory() {
    return editing() && history != null;
  }

  /** Whether the form offers to repeat the downtime. */
  public boolean offersRepeat() {
    return repeat != null;
  }

  public boolean editing() {
    return id != 0;
  }

  /** Where the form posts to. */
  public String action() {
    return editing() ? "/admin/" + id + "/change/" : "/admin/add/";
  }

  /** The messages for one field joined for display, or {@code ""}. */
  public String error(String field) {
    return String.join(" ", errors.getOrDefault(field, List.of()));
  }

  /** Codes to offer for a field, sorted; a typed value unknown to the catalogue stays offered so it is shown. */
  public List<String> choices(String field, String typed) {
    Set<String> codes = switch (field) {
      case "site" -> sites;
      case "enclosure" -> enclosures;
      case "telescope" -> telescopes;
      default -> instrumentTypes;
    };
    java.util.TreeSet<String> offered = new java.util.TreeSet<>(codes);
    if (!typed.isEmpty()) {
      offered.add(typed);
    }
    return List.copyOf(offered);
  }
}
