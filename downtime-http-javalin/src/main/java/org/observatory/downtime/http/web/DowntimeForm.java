package org.observatory.downtime.http.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.observatory.downtime.core.model.Category;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.Timestamps;

/**
 * The values of the add/edit form exactly as typed (so a refused form shows them again); times are UTC in the
 * {@code datetime-local} form {@code YYYY-MM-DDTHH:MM:SS}.
 */
public record DowntimeForm(String start, String end, String site, String enclosure, String telescope,
    String instrumentType, String reason, String category, String night, String twilight) {

  public DowntimeForm {
    start = orEmpty(start);
    end = orEmpty(end);
    site = orEmpty(site);
    enclosure = orEmpty(enclosure);
    telescope = orEmpty(telescope);
    instrumentType = orEmpty(instrumentType);
    reason = orEmpty(reason);
    category = orEmpty(category);
    night = orEmpty(night);
    twilight = orEmpty(twilight);
  }

  /** A form without a category. */
  public DowntimeForm(String start, String end, String site, String enclosure, String telescope,
      String instrumentType, String reason) {
    this(start, end, site, enclosure, telescope, instrumentType, reason, "", "", "");
  }

  /** An empty form. */
  public static DowntimeForm blank() {
    return new DowntimeForm("", "", "", "", "", "", "", "", "", "");
  }

  /** The form showing a stored downtime. */
  public static DowntimeForm of(Downtime downtime) {
    return new DowntimeForm(local(downtime.start()), local(downtime.end()), downtime.site(), downtime.enclosure(),
        downtime.telescope(), downtime.instrumentType(), downtime.reason(), downtime.category(), "", "");
  }

  /** The form as posted. */
  static DowntimeForm from(Context ctx) {
    return new DowntimeForm(ctx.formParam("start"), ctx.formParam("end"), ctx.formParam("site"),
        ctx.formParam("enclosure"), ctx.formParam("telescope"), ctx.formParam("instrument_type"),
        ctx.formParam("reason"), ctx.formParam("category"), ctx.formParam("night"), ctx.formParam("twilight"));
  }

  /**
   * The form as the use cases read it: a blank start, end or night was not given (so "This field is required."),
   * every other field is its text as typed, so an edit can clear the instrument type or the reason.
   */
  public DowntimeInput input() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("start", start.isBlank() ? null : start);
    fields.put("end", end.isBlank() ? null : end);
    fields.put("site", site);
    fields.put("enclosure", enclosure);
    fields.put("telescope", telescope);
    fields.put("instrument_type", instrumentType);
    fields.put("reason", reason);
    fields.put(Category.FIELD, category);
    fields.put("night", night.isBlank() ? null : night);
    fields.put("twilight", twilight.isBlank() ? null : twilight);
    return DowntimeInput.ofText(fields);
  }

  /** The typed start, when it is a date and time in a form the API accepts. */
  Optional<Instant> startInstant() {
    return start.isBlank() ? Optional.empty() : Timestamps.parseDateTime(start);
  }

  /** An instant as a {@code datetime-local} value in UTC. */
  static String local(Instant instant) {
    String text = Timestamps.format(instant);
    return text.substring(0, text.length() - 1);
  }

  private static String orEmpty(String text) {
    return Objects.requireNonNullElse(text, "");
  }
}
