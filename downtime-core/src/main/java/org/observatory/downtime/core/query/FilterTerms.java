package org.observatory.downtime.core.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Category;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.NightRequest;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.Twilight;

/**
 * How a list filter's values are read from text and refused, with the old service's messages: shared by every adapter
 * that takes filters as text (the API's parameters, the command line's options), so they accept and refuse alike.
 */
public final class FilterTerms {

  /** The message for a filter date in none of the accepted forms. */
  public static final String INVALID_DATE = "Enter a valid date/time.";

  /** The message for a local date (a night) not written {@code YYYY-MM-DD}. */
  public static final String INVALID_LOCAL_DATE = NightRequest.INVALID_DATE;

  /** The filters whose values must be codes of the catalogue, by their API names. */
  public static final List<String> CHOICE_FILTERS = List.of("site", "enclosure", "telescope", "instrument_type");

  /** The fields {@code order} accepts. */
  public static final Set<SortField> ORDER_CHOICES =
      Set.of(SortField.START, SortField.END, SortField.CREATED, SortField.MODIFIED);

  private FilterTerms() {
  }

  /** The message for a value that is not one of a filter's choices ({@code ""} included). */
  public static String notAvailable(String value) {
    return "Select a valid choice. " + value + " is not one of the available choices.";
  }

  /**
   * Refuses, under {@code filter}, every value the catalogue does not offer; an empty value is never a choice. With
   * no catalogue loaded only empty values are refused.
   *
   * @param filter one of {@link #CHOICE_FILTERS}
   */
  public static void checkChoices(FieldErrors errors, String filter, Collection<String> values,
                                  Optional<Catalogue> catalogue) {
    Optional<Set<String>> choices = catalogue.map(choicesOf(filter));
    for (String value : values) {
      if (value.isEmpty() || (choices.isPresent() && !choices.get().contains(value))) {
        errors.add(filter, notAvailable(value));
      }
    }
  }

  /**
   * Refuses, under {@code category}, every value that is not one of {@link Category#CODES} (django-filter's
   * MultipleChoiceFilter: an empty value is no choice either).
   */
  public static void checkCategories(FieldErrors errors, Collection<String> values) {
    for (String value : values) {
      if (!Category.CODES.contains(value)) {
        errors.add(Category.FIELD, notAvailable(value));
      }
    }
  }

  /**
   * A night and its twilight as a filter or a write gives them: the night a local date {@code YYYY-MM-DD}, the
   * twilight one of {@link Twilight}'s API names (empty or absent: {@code fallback}). Each bad value is refused under
   * its own name; a twilight without a night is read (and refused) all the same but selects nothing.
   *
   * @return the request, or empty when no night is given or a value is refused
   */
  public static Optional<NightRequest> night(FieldErrors errors, String nightName, String nightText,
                                             String twilightName, String twilightText, Twilight fallback) {
    Optional<Twilight> twilight = twilightText == null || twilightText.isEmpty() ? Optional.of(fallback)
        : Twilight.byApiName(twilightText);
    if (twilight.isEmpty()) {
      errors.add(twilightName, "\"" + twilightText + "\" is not a valid choice; use one of sunset, civil, nautical, "
          + "astronomical.");
    }
    if (nightText == null || nightText.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> night = localDate(nightText);
    if (night.isEmpty()) {
      errors.add(nightName, INVALID_LOCAL_DATE);
    }
    return night.isPresent() && twilight.isPresent()
        ? Optional.of(new NightRequest(night.get(), twilight.get())) : Optional.empty();
  }

  /**
   * A required local date ({@link #localDate}): refused under {@code name} as required when absent or blank, as
   * invalid when it is no such date.
   *
   * @return the date, or empty when refused
   */
  public static Optional<LocalDate> requiredLocalDate(FieldErrors errors, String name, String text) {
    if (text == null || text.isBlank()) {
      errors.add(name, FieldErrors.REQUIRED);
      return Optional.empty();
    }
    Optional<LocalDate> date = localDate(text);
    if (date.isEmpty()) {
      errors.add(name, INVALID_LOCAL_DATE);
    }
    return date;
  }

  /** A local date written {@code YYYY-MM-DD} (years 0001–9999), if it is one. */
  public static Optional<LocalDate> localDate(String text) {
    return NightRequest.parseDate(text);
  }

  /**
   * A filter date in any accepted form ({@link Timestamps#parseFilter}); refused under {@code name} otherwise.
   *
   * @return the instant, or empty when {@code text} is null or empty (no filter) or refused
   */
  public static Optional<Instant> date(FieldErrors errors, String name, String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> instant = Timestamps.parseFilter(text);
    if (instant.isEmpty()) {
      errors.add(name, INVALID_DATE);
    }
    return instant;
  }

  /**
   * The strict {@code order} (django-filter's OrderingFilter): a comma-separated list of {@link #ORDER_CHOICES},
   * each optionally {@code -}prefixed; the first bad item is refused under {@code order}.
   *
   * @return the keys; empty for no text or a refusal
   */
  public static List<SortKey> order(String text, FieldErrors errors) {
    List<SortKey> keys = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return keys;
    }
    for (String item : text.split(",", -1)) {
      Optional<SortKey> key = sortKey(item.strip()).filter(k -> ORDER_CHOICES.contains(k.field()));
      if (key.isEmpty()) {
        errors.add("order", notAvailable(item.strip()));
        return List.of();
      }
      keys.add(key.get());
    }
    return keys;
  }

  /** The lenient {@code ordering} (DRF's OrderingFilter): any representation field; unknown ones are dropped. */
  public static List<SortKey> ordering(String text) {
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

  private static Function<Catalogue, Set<String>> choicesOf(String filter) {
    return switch (filter) {
      case "site" -> Catalogue::siteCodes;
      case "enclosure" -> Catalogue::enclosureCodes;
      case "telescope" -> Catalogue::telescopeCodes;
      case "instrument_type" -> Catalogue::instrumentTypeCodes;
      default -> throw new IllegalArgumentException("not a choice filter: " + filter);
    };
  }
}
