package org.observatory.downtime.core.model;

import java.util.Map;
import java.util.Optional;

/**
 * The fields of a write as any adapter receives them (a JSON or form body, an admin form, command options), before
 * they are read: {@link DraftBinder} turns them into a {@link DowntimeDraft} or a refusal naming every bad field. A
 * {@code null} component is a field that was not given.
 *
 * @param recurrence an RFC 5545 RRULE making the write a recurring series; absent or blank for one downtime
 * @param category   one of {@link Category#CODES}, or {@code ""}
 * @param night      a local date {@code YYYY-MM-DD} in place of start and end: that night's darkness at the site
 * @param twilight   how dark the night must be ({@link Twilight}); absent or blank for {@code sunset}
 */
public record DowntimeInput(
    RawValue start,
    RawValue end,
    RawValue site,
    RawValue enclosure,
    RawValue telescope,
    RawValue instrumentType,
    RawValue reason,
    RawValue recurrence,
    RawValue category,
    RawValue night,
    RawValue twilight) {

  /** The field names of the API representation, in the order their errors are reported. */
  public static final java.util.List<String> FIELDS =
      java.util.List.of("start", "end", "site", "enclosure", "telescope", "instrument_type", "reason", "recurrence",
          "category", "night", "twilight");

  /**
   * The input of fields named as in the API representation; other names are ignored.
   *
   * @param fields field name to value; a name that is not a key is a field not given
   */
  public static DowntimeInput of(Map<String, RawValue> fields) {
    return new DowntimeInput(fields.get("start"), fields.get("end"), fields.get("site"), fields.get("enclosure"),
        fields.get("telescope"), fields.get("instrument_type"), fields.get("reason"), fields.get("recurrence"),
        fields.get("category"), fields.get("night"), fields.get("twilight"));
  }

  /** The input of text fields named as in the API representation; a {@code null} text is a field not given. */
  public static DowntimeInput ofText(Map<String, String> fields) {
    return new DowntimeInput(text(fields, "start"), text(fields, "end"), text(fields, "site"),
        text(fields, "enclosure"), text(fields, "telescope"), text(fields, "instrument_type"), text(fields, "reason"),
        text(fields, "recurrence"), text(fields, "category"),
        text(fields, "night"), text(fields, "twilight"));
  }

  /** The input that binds to exactly this draft (times to the microsecond), e.g. for a program embedding the core. */
  public static DowntimeInput of(DowntimeDraft draft) {
    return new DowntimeInput(RawValue.text(Timestamps.formatExact(draft.start())),
        RawValue.text(Timestamps.formatExact(draft.end())), RawValue.text(draft.site()),
        RawValue.text(draft.enclosure()), RawValue.text(draft.telescope()), RawValue.text(draft.instrumentType()),
        RawValue.text(draft.reason()), null, RawValue.text(draft.category()), null, null);
  }

  /** An input without a category (as before categories existed). */
  public DowntimeInput(RawValue start, RawValue end, RawValue site, RawValue enclosure, RawValue telescope,
                       RawValue instrumentType, RawValue reason, RawValue recurrence) {
    this(start, end, site, enclosure, telescope, instrumentType, reason, recurrence, null, null, null);
  }

  /** The same input with a recurrence rule ({@code null} for none). */
  public DowntimeInput withRecurrence(String rule) {
    return new DowntimeInput(start, end, site, enclosure, telescope, instrumentType, reason,
        RawValue.textOrAbsent(rule), category, night, twilight);
  }

  /** The same input as the night of a local date instead of start and end ({@code null}s for none). */
  public DowntimeInput withNight(String date, String twilightName) {
    return new DowntimeInput(start, end, site, enclosure, telescope, instrumentType, reason, recurrence, category,
        RawValue.textOrAbsent(date), RawValue.textOrAbsent(twilightName));
  }

  /** The night given, if any: absent, null and blank nights mean start and end are given. */
  public boolean nightGiven() {
    return night != null && !night.isNull() && !night.isBlank();
  }

  /** The recurrence given, if any: absent, null and blank rules mean one downtime. */
  public Optional<RawValue> recurrenceGiven() {
    return Optional.ofNullable(recurrence).filter(rule -> !rule.isBlank());
  }

  private static RawValue text(Map<String, String> fields, String name) {
    return RawValue.textOrAbsent(fields.get(name));
  }
}
