package org.observatory.downtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.ValidationException;

/**
 * Turns a write's fields into a {@link DowntimeDraft}, reporting every failing field at once in the order the
 * fields are declared (start, end, site, enclosure, telescope, instrument_type, reason), as DRF did.
 *
 * <p>When some fields cannot even be read (missing, null, wrong type or date form), the catalogue rules are still
 * run on the readable ones so the client learns about an unknown site in the same answer.
 */
final class DraftBinder {

  static final String BAD_DATE =
      "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
  static final String NOT_A_STRING = "Not a valid string.";

  private static final List<String> ORDER =
      List.of("start", "end", "site", "enclosure", "telescope", "instrument_type", "reason");

  /** How a write treats fields that are absent. */
  enum Mode {
    /** POST: start, end, site, enclosure, telescope required; instrument_type and reason default to "". */
    CREATE,
    /** PUT: the same fields required; absent optional fields keep their stored value. */
    REPLACE,
    /** PATCH: nothing required; absent fields keep their stored value. */
    MERGE
  }

  private final Map<String, JsonNode> fields;
  private final Mode mode;
  private final Map<String, List<String>> collected = new LinkedHashMap<>();

  private DraftBinder(Map<String, JsonNode> fields, Mode mode) {
    this.fields = fields;
    this.mode = mode;
  }

  /**
   * Binds the fields.
   *
   * @param stored    the stored values for PUT/PATCH, {@code null} for a creation
   * @param catalogue the current catalogue, used only to add rule errors when other fields already failed
   * @throws ValidationException naming every failing field
   */
  static DowntimeDraft bind(Map<String, JsonNode> fields, Mode mode, DowntimeDraft stored, Optional<Catalogue> catalogue) {
    return new DraftBinder(fields, mode).bind(stored, catalogue);
  }

  private DowntimeDraft bind(DowntimeDraft stored, Optional<Catalogue> catalogue) {
    boolean merge = mode == Mode.MERGE;
    boolean keepOptional = mode != Mode.CREATE;
    Instant start = date("start", merge ? stored.start() : null);
    Instant end = date("end", merge ? stored.end() : null);
    String site = text("site", merge ? stored.site() : null);
    String enclosure = text("enclosure", merge ? stored.enclosure() : null);
    String telescope = text("telescope", merge ? stored.telescope() : null);
    String instrumentType = text("instrument_type", keepOptional ? stored.instrumentType() : "");
    String reason = text("reason", keepOptional ? stored.reason() : "");
    String createdBy = stored == null ? "" : stored.createdBy();
    Long series = stored == null ? null : stored.seriesId();
    if (collected.isEmpty()) {
      return new DowntimeDraft(start, end, site, enclosure, telescope, instrumentType, reason, createdBy, series);
    }
    catalogue.ifPresent(current -> addRuleErrors(current, new DowntimeDraft(
        Instant.EPOCH, Instant.EPOCH.plus(Duration.ofHours(1)),
        orEmpty(site), orEmpty(enclosure), orEmpty(telescope), orEmpty(instrumentType), orEmpty(reason), "", null)));
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    ORDER.stream().filter(collected::containsKey).forEach(field -> ordered.put(field, collected.get(field)));
    throw new ValidationException(ordered);
  }

  // Field errors only: a cross-field check on placeholder values would be meaningless.
  private void addRuleErrors(Catalogue catalogue, DowntimeDraft probe) {
    try {
      DowntimeRules.validate(probe, catalogue);
    } catch (ValidationException refusal) {
      refusal.errors().forEach((field, messages) -> {
        if (!field.equals(FieldErrors.NON_FIELD) && !collected.containsKey(field) && fields.containsKey(field)) {
          collected.put(field, new ArrayList<>(messages));
        }
      });
    }
  }

  private Instant date(String name, Instant fallback) {
    JsonNode node = fields.get(name);
    if (node == null) {
      return absent(name, fallback);
    }
    if (node.isNull()) {
      return fail(name, FieldErrors.NOT_NULL);
    }
    Optional<Instant> parsed = node.isTextual() ? Timestamps.parseDateTime(node.textValue()) : Optional.empty();
    return parsed.orElseGet(() -> fail(name, BAD_DATE));
  }

  private String text(String name, String fallback) {
    JsonNode node = fields.get(name);
    if (node == null) {
      return absent(name, fallback);
    }
    if (node.isNull()) {
      return fail(name, FieldErrors.NOT_NULL);
    }
    if (!node.isTextual()) {
      return fail(name, NOT_A_STRING);
    }
    return node.textValue();
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
