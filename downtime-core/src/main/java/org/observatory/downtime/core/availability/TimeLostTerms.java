package org.observatory.downtime.core.availability;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.query.FilterTerms;

/**
 * Reads the dark-time-lost report's parameters as text, named as in the API ({@code start}, {@code end},
 * {@code site}, {@code telescope}, {@code category}, {@code group}, {@code twilight}): the API and the command line
 * accept and refuse alike.
 */
public final class TimeLostTerms {

  private TimeLostTerms() {
  }

  /**
   * The query these parameters describe; repeated {@code site}, {@code telescope} and {@code category} mean either.
   *
   * @throws org.observatory.downtime.core.model.ValidationException naming every bad parameter
   */
  public static TimeLostQuery read(Map<String, List<String>> params) {
    FieldErrors errors = new FieldErrors();
    Optional<LocalDate> first = date(params, "start", errors);
    Optional<LocalDate> last = date(params, "end", errors);
    List<String> categories = params.getOrDefault("category", List.of());
    FilterTerms.checkCategories(errors, categories);
    String groupName = last(params, "group");
    Optional<TimeLostReport.Group> group = groupName == null || groupName.isEmpty()
        ? Optional.of(TimeLostReport.Group.TELESCOPE)
        : Arrays.stream(TimeLostReport.Group.values()).filter(g -> g.apiName().equals(groupName)).findFirst();
    if (group.isEmpty()) {
      errors.add("group", "\"" + groupName + "\" is not a valid choice; use one of "
          + Arrays.stream(TimeLostReport.Group.values()).map(TimeLostReport.Group::apiName)
              .collect(Collectors.joining(", ")) + ".");
    }
    String twilightName = last(params, Twilight.FIELD);
    Optional<Twilight> twilight = twilightName == null || twilightName.isEmpty() ? Optional.of(Twilight.ASTRONOMICAL)
        : Twilight.byApiName(twilightName.toLowerCase(Locale.ROOT).equals(twilightName) ? twilightName : "");
    if (twilight.isEmpty()) {
      errors.add(Twilight.FIELD, "\"" + twilightName + "\" is not a valid choice; use one of sunset, civil, "
          + "nautical, astronomical.");
    }
    errors.throwIfAny();
    return new TimeLostQuery(first.orElseThrow(), last.orElseThrow(), codes(params, "site"),
        codes(params, "telescope"), new LinkedHashSet<>(categories), group.orElseThrow(), twilight.orElseThrow());
  }

  private static java.util.Set<String> codes(Map<String, List<String>> params, String name) {
    return params.getOrDefault(name, List.of()).stream().filter(code -> !code.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Optional<LocalDate> date(Map<String, List<String>> params, String name, FieldErrors errors) {
    return FilterTerms.requiredLocalDate(errors, name, last(params, name));
  }

  private static String last(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }
}
