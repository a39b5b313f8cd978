package org.observatory.downtime.core.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Timestamps;

/**
 * Reads a {@link DowntimeQuery} from the list API's parameters (also used by the command line), with the
 * old service's rules: bad paging falls back to the defaults, unknown parameters are ignored, and every
 * invalid filter is reported at once.
 */
public final class DowntimeQueryParser {

  public static final String INVALID_DATE = "Enter a valid date/time.";

  private static final List<String> CHOICE_FILTERS = List.of("site", "enclosure", "telescope", "instrument_type");
  private static final Set<SortField> ORDER_CHOICES =
      Set.of(SortField.START, SortField.END, SortField.CREATED, SortField.MODIFIED);

  private DowntimeQueryParser() {
  }

  /**
   * Parses list parameters.
   *
   * @param params    each parameter with all its values, as given (not null; values not null)
   * @param catalogue the current catalogue to check site/enclosure/telescope/instrument_type against,
   *                  or empty to accept any code (when no catalogue could be loaded)
   * @throws org.observatory.downtime.core.model.ValidationException naming every invalid parameter
   */
  public static DowntimeQuery parse(Map<String, List<String>> params, Optional<Catalogue> catalogue) {
    FieldErrors errors = new FieldErrors();
    DowntimeQueryBuilder query = DowntimeQuery.builder();

    for (String filter : CHOICE_FILTERS) {
      List<String> values = nonEmpty(params.get(filter));
      Optional<Set<String>> choices = catalogue.map(choicesOf(filter));
      for (String value : values) {
        if (choices.isPresent() && !choices.get().contains(value)) {
          errors.add(filter, "Select a valid choice. " + value + " is not one of the available choices.");
        }
      }
      String[] codes = values.toArray(String[]::new);
      switch (filter) {
        case "site" -> query.site(codes);
        case "enclosure" -> query.enclosure(codes);
        case "telescope" -> query.telescope(codes);
        default -> query.instrumentType(codes);
      }
    }

    date(params, errors, "starts_after", query::startsAfter);
    date(params, errors, "starts_before", query::startsBefore);
    date(params, errors, "ends_after", query::endsAfter);
    date(params, errors, "ends_before", query::endsBefore);
    date(params, errors, "created_after", query::createdAfter);
    date(params, errors, "created_before", query::createdBefore);
    date(params, errors, "modified_after", query::modifiedAfter);
    date(params, errors, "modified_before", query::modifiedBefore);

    query.reasonContains(last(params, "reason"));
    query.reasonExact(last(params, "reason_exact"));

    List<SortKey> order = parseOrder(last(params, "order"), errors);
    List<SortKey> ordering = parseOrdering(last(params, "ordering"));
    query.order(ordering.isEmpty() ? order : ordering);

    query.limit(positiveInt(last(params, "limit")).orElse(DowntimeQuery.DEFAULT_LIMIT));
    query.offset(positiveInt(last(params, "offset")).orElse(0));

    errors.throwIfAny();
    return query.build();
  }

  /** Parses a filter date, e.g. for a command option; empty when the text is not an accepted form. */
  public static Optional<Instant> parseDate(String text) {
    return Timestamps.parseFilter(text);
  }

  private static Function<Catalogue, Set<String>> choicesOf(String filter) {
    return switch (filter) {
      case "site" -> Catalogue::siteCodes;
      case "enclosure" -> Catalogue::enclosureCodes;
      case "telescope" -> Catalogue::telescopeCodes;
      default -> Catalogue::instrumentTypeCodes;
    };
  }

  private static void date(Map<String, List<String>> params, FieldErrors errors, String name, Function<Instant, DowntimeQueryBuilder> setter) {
    String text = last(params, name);
    if (text == null || text.isEmpty()) {
      return;
    }
    Optional<Instant> instant = Timestamps.parseFilter(text);
    if (instant.isPresent()) {
      setter.apply(instant.get());
    } else {
      errors.add(name, INVALID_DATE);
    }
  }

  // "order" (django-filter OrderingFilter): only start/end/created/modified; the first bad value is reported.
  private static List<SortKey> parseOrder(String text, FieldErrors errors) {
    List<SortKey> keys = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return keys;
    }
    for (String item : text.split(",", -1)) {
      Optional<SortKey> key = sortKey(item.strip()).filter(k -> ORDER_CHOICES.contains(k.field()));
      if (key.isEmpty()) {
        errors.add("order", "Select a valid choice. " + item.strip() + " is not one of the available choices.");
        return List.of();
      }
      keys.add(key.get());
    }
    return keys;
  }

  // "ordering" (DRF OrderingFilter): any representation field; unknown ones are silently dropped.
  private static List<SortKey> parseOrdering(String text) {
    List<SortKey> keys = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return keys;
    }
    for (String item : text.split(",")) {
      sortKey(item.strip()).ifPresent(keys::add);
    }
    return keys;
  }

  private static Optional<SortKey> sortKey(String item) {
    boolean descending = item.startsWith("-");
    String name = descending ? item.substring(1) : item;
    return SortField.byApiName(name).map(field -> new SortKey(field, descending));
  }

  private static Optional<Integer> positiveInt(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      int value = Integer.parseInt(text.strip());
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String last(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }

  private static List<String> nonEmpty(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> !v.isEmpty()).toList();
  }
}
