package org.observatory.downtime.core.model;

/**
 * The business rules every stored downtime obeys, reported with the field names and wording the
 * observatory's clients already know.
 */
public final class DowntimeRules {

  public static final int MAX_REASON = 3000;
  public static final int MAX_INSTRUMENT_TYPE = 255;
  public static final int MAX_SITE = 3;
  public static final int MAX_ENCLOSURE = 4;
  public static final int MAX_TELESCOPE = 4;

  /** Text containing U+0000, which PostgreSQL cannot store, as the old service (DRF) refused it. */
  public static final String NULL_CHARACTER = "Null characters are not allowed.";

  public static final String END_BEFORE_START = "End time must be after start time";
  public static final String NOT_IN_CATALOGUE =
      "The site, enclosure, telescope, and instrument_type combination does not exist in Configdb";

  private DowntimeRules() {
  }

  /**
   * Checks a draft against the rules and the catalogue.
   *
   * <p>Field errors (unknown codes, texts too long) are all reported together; the cross-field checks
   * (end after start, then the combination) run only when every field is valid, and stop at the first.
   *
   * @throws ValidationException naming every failing field
   */
  public static void validate(DowntimeDraft draft, Catalogue catalogue) {
    FieldErrors errors = new FieldErrors();
    nullCharacters(errors, draft);
    choice(errors, "site", draft.site(), catalogue.siteCodes().contains(draft.site()), MAX_SITE);
    choice(errors, "enclosure", draft.enclosure(), catalogue.enclosureCodes().contains(draft.enclosure()), MAX_ENCLOSURE);
    choice(errors, "telescope", draft.telescope(), catalogue.telescopeCodes().contains(draft.telescope()), MAX_TELESCOPE);
    String instrumentType = draft.instrumentType();
    if (errors.has("instrument_type")) {
      // already refused for a null character
    } else if (instrumentType.length() > MAX_INSTRUMENT_TYPE) {
      errors.add("instrument_type", FieldErrors.tooLong(MAX_INSTRUMENT_TYPE));
    } else if (!instrumentType.isEmpty() && !catalogue.instrumentTypeCodes().contains(instrumentType)) {
      errors.add("instrument_type", notAChoice(instrumentType));
    }
    if (!errors.has("reason") && draft.reason().length() > MAX_REASON) {
      errors.add("reason", FieldErrors.tooLong(MAX_REASON));
    }
    if (!Category.valid(draft.category())) {
      errors.add(Category.FIELD, notAChoice(draft.category()));
    }
    errors.throwIfAny();
    if (!draft.end().isAfter(draft.start())) {
      throw ValidationException.of(FieldErrors.NON_FIELD, END_BEFORE_START);
    }
    if (!catalogue.contains(draft.site(), draft.enclosure(), draft.telescope(), instrumentType)) {
      throw ValidationException.of(FieldErrors.NON_FIELD, NOT_IN_CATALOGUE);
    }
  }

  /** The message for a value that is not one of the catalogue's codes, as the old service wrote it. */
  public static String notAChoice(String value) {
    return "\"" + value + "\" is not a valid choice.";
  }

  private static void nullCharacters(FieldErrors errors, DowntimeDraft draft) {
    java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("site", draft.site());
    texts.put("enclosure", draft.enclosure());
    texts.put("telescope", draft.telescope());
    texts.put("instrument_type", draft.instrumentType());
    texts.put("reason", draft.reason());
    texts.forEach((field, text) -> {
      if (text.indexOf('\0') >= 0) {
        errors.add(field, NULL_CHARACTER);
      }
    });
  }

  private static void choice(FieldErrors errors, String field, String value, boolean known, int maxLength) {
    if (errors.has(field)) {
      return;
    }
    if (value.isEmpty()) {
      errors.add(field, "This field may not be blank.");
    } else if (!known) {
      errors.add(field, notAChoice(value));
    } else if (value.length() > maxLength) {
      errors.add(field, FieldErrors.tooLong(maxLength));
    }
  }
}
