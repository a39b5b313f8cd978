package org.observatory.downtime.http.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;

class Ical4jCalendarWriterTest {

  private static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");
  private static final Instant MODIFIED = Instant.parse("2026-11-21T09:30:00Z");

  private final Ical4jCalendarWriter writer = new Ical4jCalendarWriter("Telescope downtime");

  @Test
  void write_parsesBackWithOneEventPerDowntime() throws Exception {
    Downtime whole = downtime(7, "", "Mirror recoat, aluminium; then tests");
    Downtime instrument = downtime(8, "2M0-SCICAM-MUSCAT", "Cryo service " + "é".repeat(60));

    String text = write(List.of(whole, instrument));
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));

    assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
    assertThat(value(calendar.getProperty(Property.PRODID))).isEqualTo(Ical4jCalendarWriter.PRODID);
    assertThat(value(calendar.getProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(2);
    VEvent first = events.get(0);
    assertThat(value(first.getProperty(Property.UID))).isEqualTo("downtime-7@observatory-downtime");
    assertThat(value(first.getProperty(Property.DTSTART))).isEqualTo("20261201T100000Z");
    assertThat(value(first.getProperty(Property.DTEND))).isEqualTo("20261201T120000Z");
    assertThat(value(first.getProperty(Property.DTSTAMP))).isEqualTo("20261121T093000Z");
    assertThat(value(first.getProperty(Property.LAST_MODIFIED))).isEqualTo("20261121T093000Z");
    assertThat(value(first.getProperty(Property.SUMMARY))).isEqualTo("ogg.clma.2m0a: Mirror recoat, aluminium; then tests");
    assertThat(value(first.getProperty(Property.LOCATION))).isEqualTo("ogg/clma");
    assertThat(value(first.getProperty(Property.DESCRIPTION))).contains("Reason: Mirror recoat").contains("Downtime id: 7");
    assertThat(value(first.getProperty(Property.URL))).isEqualTo("http://localhost:8000/api/7/");
    VEvent second = events.get(1);
    assertThat(value(second.getProperty(Property.SUMMARY)))
        .isEqualTo("ogg.clma.2m0a [2M0-SCICAM-MUSCAT]: " + instrument.reason());
  }

  @Test
  void write_foldsLongLinesAndEndsLinesWithCrLf() {
    String text = write(List.of(downtime(9, "", "x".repeat(300))));

    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(text.split("\r\n")).allSatisfy(line ->
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void write_sameDowntimes_giveTheSameBytes() {
    List<Downtime> rows = List.of(downtime(1, "", "a"), downtime(2, "", "b"));

    assertThat(write(rows)).isEqualTo(write(rows));
  }

  @Test
  void write_noDowntimes_isAnEmptyButValidCalendar() throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(write(List.of())));

    assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
  }

  private String write(List<Downtime> downtimes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(downtimes, "http://localhost:8000", out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String value(java.util.Optional<? extends Property> property) {
    return property.orElseThrow().getValue();
  }

  private static Downtime downtime(long id, String instrumentType, String reason) {
    return new Downtime(id, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T12:00:00Z"), "ogg",
        "clma", "2m0a", instrumentType, reason, CREATED, MODIFIED, "sam", null);
  }
}
