package org.observatory.downtime.http.ical;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.observatory.downtime.core.model.Downtime;

/**
 * Writes downtimes as an RFC 5545 calendar (one VEVENT each) that calendar programs can subscribe to.
 *
 * <p>Every value comes from the stored downtime (DTSTAMP is its modification time), so the same rows always give
 * the same bytes: the feed's ETag only changes when a downtime does.
 */
public final class Ical4jCalendarWriter {

  /** The media type of the feed. */
  public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
  static final String PRODID = "-//Observatory//Downtime//EN";
  static final String UID_DOMAIN = "observatory-downtime";

  private final String calendarName;

  /** @param calendarName shown by calendar programs as the calendar's name ({@code X-WR-CALNAME}) */
  public Ical4jCalendarWriter(String calendarName) {
    this.calendarName = Objects.requireNonNull(calendarName, "calendarName");
  }

  /**
   * Writes the calendar.
   *
   * @param downtimes the events, in the order given
   * @param apiBase   {@code scheme://host} of the API, for each event's URL
   * @param out       where the UTF-8 text goes; not closed
   */
  public void write(Iterable<Downtime> downtimes, String apiBase, OutputStream out) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", calendarName));
    calendar.add(new XProperty("X-PUBLISHED-TTL", "PT15M"));
    for (Downtime downtime : downtimes) {
      calendar.add(event(downtime, apiBase));
    }
    // The outputter closes its writer; the caller's stream must stay open.
    Writer writer = new OutputStreamWriter(new FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    }, StandardCharsets.UTF_8);
    try {
      // Validation off: the events are built from valid downtimes, and a feed must not fail on a strict rule.
      new CalendarOutputter(false).output(calendar, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The UID of a downtime's event: stable for the life of the downtime. */
  public static String uid(long downtimeId) {
    return "downtime-" + downtimeId + "@" + UID_DOMAIN;
  }

  /** {@code site.enclosure.telescope [instrument type]: reason}, the bracket only when one instrument type is down. */
  public static String summary(Downtime downtime) {
    String what = downtime.telescopeKey() + (downtime.wholeTelescope() ? "" : " [" + downtime.instrumentType() + "]");
    return what + ": " + (downtime.reason().isEmpty() ? "downtime" : downtime.reason());
  }

  private static VEvent event(Downtime downtime, String apiBase) {
    VEvent event = new VEvent(false);
    event.add(new Uid(uid(downtime.id())));
    event.add(new DtStamp(downtime.modified()));
    event.add(new DtStart<>(downtime.start()));
    event.add(new DtEnd<>(downtime.end()));
    event.add(new Summary(summary(downtime)));
    event.add(new Location(downtime.site() + "/" + downtime.enclosure()));
    event.add(new Description(description(downtime)));
    event.add(new Created(downtime.created()));
    event.add(new LastModified(downtime.modified()));
    event.add(ImmutableStatus.VEVENT_CONFIRMED);
    event.add(ImmutableTransp.OPAQUE);
    event.add(new Url(java.net.URI.create(apiBase + "/api/" + downtime.id() + "/")));
    return event;
  }

  private static String description(Downtime downtime) {
    StringBuilder text = new StringBuilder();
    text.append("Telescope: ").append(downtime.telescopeKey()).append('\n');
    text.append("Instrument type: ").append(downtime.wholeTelescope() ? "(whole telescope)" : downtime.instrumentType())
        .append('\n');
    text.append("Reason: ").append(downtime.reason()).append('\n');
    if (!downtime.createdBy().isEmpty()) {
      text.append("Created by: ").append(downtime.createdBy()).append('\n');
    }
    if (downtime.seriesId() != null) {
      text.append("Series: ").append(downtime.seriesId()).append('\n');
    }
    text.append("Downtime id: ").append(downtime.id());
    return text.toString();
  }
}
