package org.observatory.downtime.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a write's {@link DowntimeInput} into a {@link DowntimeDraft}, reporting every failing field at once in the
 * order of {@link DowntimeInput#FIELDS}, with the old service's (DRF's) messages. Every adapter's writes go through
 * it: the API, the admin form, the command line and imports.
 *
 * <p>When some fields cannot even be read (missing, null, wrong kind or date form), the catalogue's field rules are
 * still run on the readable ones, so that the client learns about an unknown site in the same answer.
 */
public final class DraftBinder {

  public static final String BAD_DATE =
      "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
  public static final String NOT_A_STRING = "Not a valid string.";

  /** How a write treats fields that are not given. */
  public enum Mode {
    /** A creation: start, end, site, enclosure, telescope required; instrument_type and reason default to "". */
    CREATE,
    /** A replacement (PUT, the admin edit form): the same fields required; absent optional ones keep their value. */
    REPLACE,
    /** A partial change (PATCH): nothing required; absent fields keep their stored value. */
    MERGE
  }

  private final DowntimeInput input;
  private final Map<String, List<String>> collected = new LinkedHashMap<>();

  private DraftBinder(DowntimeInput input) {
    this.input = input;
  }

  /**
   * Binds an input.
   *
   * @param stored    the stored values for {@link Mode#REPLACE} and {@link Mode#MERGE}; {@code null} for a creation
   * @param catalogue the current catalogue, used only to add field-rule errors when other fields already failed
   * @throws ValidationException naming every failing field
   */
  public static DowntimeDraft bind(DowntimeInput input, Mode mode, DowntimeDraft stored, Optional<Catalogue> catalogue) {
    return bind(input, mode, stored, catalogue, null);
  }

  /**
   * Binds an input that may give a {@code night} (and {@code twilight}) in place of start and end: the downtime then
   * runs from that night's darkness start to its end at the downtime's site.
   *
   * @param nights the nights at each site; {@code null} ignores {@code night} and {@code twilight}
   * @throws ValidationException naming every failing field; under {@code night} a night given with a start or an end,
   *                             a night without darkness (polar day) or a site without coordinates
   */
  public static DowntimeDraft bind(DowntimeInput input, Mode mode, DowntimeDraft stored, Optional<Catalogue> catalogue,
                                   NightTimes nights) {
    if (mode != Mode.CREATE && stored == null) {
      throw new IllegalArgumentException("a " + mode + " needs the stored values");
    }
    return new DraftBinder(input).bind(mode, stored, catalogue, nights);
  }

  private DowntimeDraft bind(Mode mode, DowntimeDraft stored, Optional<Catalogue> catalogue, NightTimes nights) {
    boolean merge = mode == Mode.MERGE;
    boolean keepOptional = mode != Mode.CREATE;
    NightBinding night = nights == null || !input.nightGiven() ? null : NightBinding.read(input, collected);
    Instant start = night != null ? null : date("start", input.start(), merge ? stored.start() : null);
    Instant end = night != null ? null : date("end", input.end(), merge ? stored.end() : null);
    String site = choice("site", input.site(), merge ? stored.site() : null);
    String enclosure = choice("enclosure", input.enclosure(), merge ? stored.enclosure() : null);
    String telescope = choice("telescope", input.telescope(), merge ? stored.telescope() : null);
    String instrumentType = choice("instrument_type", input.instrumentType(),
        keepOptional ? stored.instrumentType() : "");
    String reason = text("reason", input.reason(), keepOptional ? stored.reason() : "");
    String category = category(input.category(), keepOptional ? stored.category() : Category.NONE);
    String createdBy = stored == null ? "" : stored.createdBy();
    Long series = stored == null ? null : stored.seriesId();
    if (collected.isEmpty() && night != null) {
      Optional<Night> dark = night.resolve(nights, site, collected);
      start = dark.map(n -> n.darkStart().orElseThrow()).orElse(null);
      end = dark.map(n -> n.darkEnd().orElseThrow()).orElse(null);
    }
    if (collected.isEmpty()) {
      return new DowntimeDraft(start, end, site, enclosure, telescope, instrumentType, reason, createdBy, series,
          category);
    }
    catalogue.ifPresent(current -> addRuleErrors(current, new DowntimeDraft(
        Instant.EPOCH, Instant.EPOCH.plus(Duration.ofHours(1)),
        orEmpty(site), orEmpty(enclosure), orEmpty(telescope), orEmpty(instrumentType), orEmpty(reason), "", null)));
    throw refusal();
  }

  /**
   * Binds an input and its recurrence rule together: every failing field of both in one refusal.
   *
   * @return the draft of the first occurrence and the rule as given (stripped)
   * @throws ValidationException naming every failing field, {@code recurrence} included
   */
  public static Recurring bindRecurring(DowntimeInput input, Optional<Catalogue> catalogue) {
    FieldErrors errors = new FieldErrors();
    DowntimeDraft first = null;
    try {
      first = bind(input, Mode.CREATE, null, catalogue);
    } catch (ValidationException refusal) {
      errors.addAll(refusal);
    }
    RawValue rule = input.recurrence();
    String ruleError = rule == null || rule.isBlank()
        ? (rule != null && rule.isNull() ? FieldErrors.NOT_NULL : FieldErrors.REQUIRED)
        : rule.isText() ? null : NOT_A_STRING;
    if (ruleError != null) {
      if (first != null && catalogue.isPresent()) {
        // The draft's own mistakes come in the same answer as the rule's.
        try {
          DowntimeRules.validate(first, catalogue.get());
        } catch (ValidationException refusal) {
          errors.addAll(refusal);
        }
      }
      errors.add(Recurrences.FIELD, ruleError);
    }
    errors.throwIfAny();
    return new Recurring(first, rule.text().strip());
  }

  /** The first occurrence of a recurring series and its rule. */
  public record Recurring(DowntimeDraft first, String rule) {
  }

  // Field errors only: a cross-field check on placeholder values would be meaningless.
  private void addRuleErrors(Catalogue catalogue, DowntimeDraft probe) {
    try {
      DowntimeRules.validate(probe, catalogue);
    } catch (ValidationException refusal) {
      refusal.errors().forEach((field, messages) -> {
        if (!field.equals(FieldErrors.NON_FIELD) && !collected.containsKey(field) && given(field)) {
          collected.put(field, new ArrayList<>(messages));
        }
      });
    }
  }

  private boolean given(String field) {
    return switch (field) {
      case "site" -> input.site() != null;
      case "enclosure" -> input.enclosure() != null;
      case "telescope" -> input.telescope() != null;
      case "instrument_type" -> input.instrumentType() != null;
      case "reason" -> input.reason() != null;
      default -> false;
    };
  }

  private ValidationException refusal() {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    DowntimeInput.FIELDS.stream().filter(collected::containsKey).forEach(f -> ordered.put(f, collected.get(f)));
    return new ValidationException(ordered);
  }

  // A fixed list of choices, known without the catalogue: refused here whatever else fails.
  private String category(RawValue value, String fallback) {
    String code = choice(Category.FIELD, value, fallback);
    if (code != null && !Category.valid(code)) {
      return fail(Category.FIELD, DowntimeRules.notAChoice(code));
    }
    return code;
  }

  private Instant date(String name, RawValue value, Instant fallback) {
    if (value == null) {
      return absent(name, fallback);
    }
    if (value.isNull()) {
      return fail(name, FieldErrors.NOT_NULL);
    }
    Optional<Instant> parsed = value.isText() ? Timestamps.parseDateTime(value.text()) : Optional.empty();
    return parsed.orElseGet(() -> fail(name, BAD_DATE));
  }

  // DRF's ChoiceField: any value that is not text is written as Python would and refused as no choice.
  private String choice(String name, RawValue value, String fallback) {
    if (value != null && !value.isText() && !value.isNull()) {
      return fail(name, DowntimeRules.notAChoice(value.text()));
    }
    return text(name, value, fallback);
  }

  // DRF's CharField: numbers are taken as their text; booleans, lists and objects are refused.
  private String text(String name, RawValue value, String fallback) {
    if (value == null) {
      return absent(name, fallback);
    }
    return switch (value.kind()) {
      case TEXT, NUMBER -> value.text();
      case NULL -> fail(name, FieldErrors.NOT_NULL);
      default -> fail(name, NOT_A_STRING);
    };
  }

  private <T> T absent(String name, T fallback) {
    if (fallback == null) {
      return fail(name, FieldErrors.REQUIRED);
    }
    return fallback;
  }

  private <T> T fail(String name, String message) {
    collected.computeIfAbsent(name, key -> new ArrayList<>()).add(message);
    return null;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
