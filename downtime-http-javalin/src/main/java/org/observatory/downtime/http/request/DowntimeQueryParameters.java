package org.observatory.downtime.http.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Category;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.port.in.NightsUseCase;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.model.NightRequest;
import org.observatory.downtime.core.query.DowntimeQueryBuilder;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.core.query.SortKey;

/**
 * Reads a {@link DowntimeQuery} from the list API's parameters as the old service (django-filter 24.2 behind DRF
 * 3.15.2) read them: every failing filter in one refusal, in the order django-filter checks them; the last value of
 * a single-valued parameter counts; paging falls back to the defaults; unknown parameters are ignored.
 *
 * <p>The filter values are read and refused by {@link FilterTerms}, as the command line reads its options.
 */
public final class DowntimeQueryParameters {

  /** The night filter's parameters (added by this service). */
  public static final String NIGHT = "night";
  public static final String NIGHT_TWILIGHT = "night_twilight";

  private DowntimeQueryParameters() {
  }

  /**
   * Parses list parameters.
   *
   * @param params    each parameter with all its values, as given (not null; values not null)
   * @param catalogue the current catalogue to check site/enclosure/telescope/instrument_type against, or empty to
   *                  accept any code (when no catalogue could be loaded)
   * @throws org.observatory.downtime.core.model.ValidationException naming every invalid parameter
   */
  public static DowntimeQuery parse(Map<String, List<String>> params, Optional<Catalogue> catalogue) {
    return parse(params, catalogue, null);
  }

  /**
   * Parses list parameters, {@code night} and {@code night_twilight} included: the downtimes overlapping that night's
   * darkness at their own site (of the {@code site} filter's sites, or of every site of the catalogue).
   *
   * @param nights resolves the night into darkness at each site; {@code null} ignores the night parameters
   * @throws org.observatory.downtime.core.model.ValidationException naming every invalid parameter, and under
   *                                                                 {@code night} a site without coordinates
   */
  public static DowntimeQuery parse(Map<String, List<String>> params, Optional<Catalogue> catalogue,
                                    NightsUseCase nights) {
    FieldErrors errors = new FieldErrors();
    DowntimeQueryBuilder query = DowntimeQuery.builder();
    // django-filter's order: the Meta fields first, then the filters declared only on the class.
    date(params, errors, "starts_before", query::startsBefore);
    date(params, errors, "starts_after", query::startsAfter);
    date(params, errors, "ends_before", query::endsBefore);
    date(params, errors, "ends_after", query::endsAfter);
    query.site(choices(params, errors, "site", catalogue));
    query.enclosure(choices(params, errors, "enclosure", catalogue));
    query.telescope(choices(params, errors, "telescope", catalogue));
    query.instrumentType(choices(params, errors, "instrument_type", catalogue));
    query.reasonContains(last(params, "reason"));
    date(params, errors, "created_after", query::createdAfter);
    date(params, errors, "created_before", query::createdBefore);
    date(params, errors, "modified_after", query::modifiedAfter);
    date(params, errors, "modified_before", query::modifiedBefore);
    query.reasonExact(last(params, "reason_exact"));
    query.category(categories(params, errors));
    List<SortKey> order = order(last(params, "order"), errors);
    // DRF's OrderingFilter sorts first; django-filter's "order" then sorts again, so it decides when it says anything.
    query.order(order.isEmpty() ? FilterTerms.ordering(last(params, "ordering")) : order);
    query.limit(positiveInt(last(params, "limit")).orElse(DowntimeQuery.DEFAULT_LIMIT));
    query.offset(positiveInt(last(params, "offset")).orElse(0));
    Optional<NightRequest> night = nights == null ? Optional.empty() : FilterTerms.night(errors, NIGHT,
        last(params, NIGHT), NIGHT_TWILIGHT, last(params, NIGHT_TWILIGHT), Twilight.SUNSET);
    errors.throwIfAny();
    if (night.isEmpty()) {
      return query.build();
    }
    DowntimeQuery built = query.build();
    return built.toBuilder().darkness(nights.darkness(night.get(), built.sites(), NIGHT)).build();
  }

  // A MultipleChoiceField: every value must be a choice ("" never is); only the first refused one is reported.
  private static String[] choices(Map<String, List<String>> params, FieldErrors errors, String filter,
                                  Optional<Catalogue> catalogue) {
    List<String> values = params.getOrDefault(filter, List.of());
    for (String value : values) {
      FieldErrors refused = new FieldErrors();
      FilterTerms.checkChoices(refused, filter, List.of(value), catalogue);
      if (!refused.isEmpty()) {
        errors.add(filter, FilterTerms.notAvailable(value));
        break;
      }
    }
    return values.toArray(String[]::new);
  }

  // Added by this service, read like the choice filters: every value must be a category.
  private static String[] categories(Map<String, List<String>> params, FieldErrors errors) {
    List<String> values = params.getOrDefault(Category.FIELD, List.of());
    values.stream().filter(value -> !Category.CODES.contains(value)).findFirst()
        .ifPresent(refused -> FilterTerms.checkCategories(errors, List.of(refused)));
    return values.toArray(String[]::new);
  }

  private static void date(Map<String, List<String>> params, FieldErrors errors, String name,
                           Function<Instant, DowntimeQueryBuilder> setter) {
    FilterTerms.date(errors, name, last(params, name)).ifPresent(setter::apply);
  }

  // django-filter's CSV widget drops empty items and keeps the others exactly as written (" start" is no choice).
  private static List<SortKey> order(String text, FieldErrors errors) {
    if (text == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : text.split(",")) {
      if (item.isEmpty()) {
        continue;
      }
      if (!item.equals(item.strip())) {
        errors.add("order", FilterTerms.notAvailable(item));
        return List.of();
      }
      items.add(item);
    }
    return FilterTerms.order(String.join(",", items), errors);
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
}
