package org.observatory.downtime.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored period during which one telescope (or one instrument type on it) is unavailable for scheduling.
 *
 * <p>Times are UTC instants truncated to the microsecond, the precision every store keeps.
 *
 * @param id             identifier given by the store
 * @param start          first instant of the downtime
 * @param end            last instant of the downtime, after {@code start}
 * @param site           site code, at most 3 characters (e.g. {@code ogg})
 * @param enclosure      enclosure code, at most 4 characters (e.g. {@code clma})
 * @param telescope      telescope code, at most 4 characters (e.g. {@code 2m0a})
 * @param instrumentType instrument type code, {@code ""} when the whole telescope is down
 * @param reason         free text, may be {@code ""}
 * @param created        when the store first saved it
 * @param modified       when the store last changed it
 * @param createdBy      username of whoever created it, may be {@code ""}
 * @param seriesId       identifier of the recurring series it belongs to, or {@code null}
 * @param category       what it is for, one of {@link Category#CODES} or {@code ""}
 */
public record Downtime(
    long id,
    Instant start,
    Instant end,
    String site,
    String enclosure,
    String telescope,
    String instrumentType,
    String reason,
    Instant created,
    Instant modified,
    String createdBy,
    Long seriesId,
    String category) {

  public Downtime {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(enclosure, "enclosure");
    Objects.requireNonNull(telescope, "telescope");
    Objects.requireNonNull(instrumentType, "instrument_type");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(createdBy, "created_by");
    start = Timestamps.truncate(start);
    end = Timestamps.truncate(end);
    created = Timestamps.truncate(created);
    modified = Timestamps.truncate(modified);
    category = category == null ? Category.NONE : category;
  }

  /** A downtime without a category. */
  public Downtime(long id, Instant start, Instant end, String site, String enclosure, String telescope,
                  String instrumentType, String reason, Instant created, Instant modified, String createdBy,
                  Long seriesId) {
    this(id, start, end, site, enclosure, telescope, instrumentType, reason, created, modified, createdBy, seriesId,
        Category.NONE);
  }

  /** The values of this downtime as a draft, e.g. to merge a partial change into. */
  public DowntimeDraft toDraft() {
    return new DowntimeDraft(start, end, site, enclosure, telescope, instrumentType, reason, createdBy, seriesId,
        category);
  }

  /** Whether this downtime targets the whole telescope rather than one instrument type. */
  public boolean wholeTelescope() {
    return instrumentType.isEmpty();
  }

  /** {@code site.enclosure.telescope}, the name observatory staff use for a telescope. */
  public String telescopeKey() {
    return site + "." + enclosure + "." + telescope;
  }
}
