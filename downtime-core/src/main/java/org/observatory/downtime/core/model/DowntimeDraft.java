package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The values of a downtime before it is stored: what a client asks to create, or to change one into.
 *
 * <p>Only presence is checked here; the business rules (end after start, lengths, the catalogue)
 * are checked by {@link DowntimeRules} so that every failing field can be reported at once.
 *
 * @param seriesId the recurring series it belongs to, or {@code null}
 * @param category what it is for, one of {@link Category#CODES} or {@code ""} ({@code null} is {@code ""})
 */
public record DowntimeDraft(
    Instant start,
    Instant end,
    String site,
    String enclosure,
    String telescope,
    String instrumentType,
    String reason,
    String createdBy,
    Long seriesId,
    String category) {

  public DowntimeDraft {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(enclosure, "enclosure");
    Objects.requireNonNull(telescope, "telescope");
    instrumentType = instrumentType == null ? "" : instrumentType;
    reason = reason == null ? "" : reason;
    createdBy = createdBy == null ? "" : createdBy;
    start = Timestamps.truncate(start);
    end = Timestamps.truncate(end);
    category = category == null ? Category.NONE : category;
  }

  /** A draft without a category. */
  public DowntimeDraft(Instant start, Instant end, String site, String enclosure, String telescope,
                       String instrumentType, String reason, String createdBy, Long seriesId) {
    this(start, end, site, enclosure, telescope, instrumentType, reason, createdBy, seriesId, Category.NONE);
  }

  /** A draft for one telescope (whole telescope, no reason, no creator). */
  public static DowntimeDraft of(Instant start, Instant end, String site, String enclosure, String telescope) {
    return new DowntimeDraft(start, end, site, enclosure, telescope, "", "", "", null);
  }

  public DowntimeDraft withTimes(Instant newStart, Instant newEnd) {
    return new DowntimeDraft(newStart, newEnd, site, enclosure, telescope, instrumentType, reason, createdBy,
        seriesId, category);
  }

  public DowntimeDraft withInstrumentType(String value) {
    return new DowntimeDraft(start, end, site, enclosure, telescope, value, reason, createdBy, seriesId, category);
  }

  public DowntimeDraft withReason(String value) {
    return new DowntimeDraft(start, end, site, enclosure, telescope, instrumentType, value, createdBy, seriesId,
        category);
  }

  public DowntimeDraft withCreatedBy(String value) {
    return new DowntimeDraft(start, end, site, enclosure, telescope, instrumentType, reason, value, seriesId, category);
  }

  public DowntimeDraft withCategory(String value) {
    return new DowntimeDraft(start, end, site, enclosure, telescope, instrumentType, reason, createdBy, seriesId,
        value);
  }

  public DowntimeDraft withSeriesId(Long value) {
    return new DowntimeDraft(start, end, site, enclosure, telescope, instrumentType, reason, createdBy, value,
        category);
  }
}
