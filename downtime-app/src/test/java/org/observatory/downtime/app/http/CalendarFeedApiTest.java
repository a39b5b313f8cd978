package org.observatory.downtime.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.app.http.ReadApiContract.json;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.app.support.TestDatabase;
import org.observatory.downtime.app.support.TestStack;
import org.observatory.downtime.core.model.WriteAccess;

class CalendarFeedApiTest {

  private final TestStack stack = TestStack.start(TestDatabase.sqlite(), WriteAccess.AUTHENTICATED);
  private final ApiClient api = new ApiClient(stack.baseUrl());

  @AfterEach
  void stop() {
    stack.close();
  }

  @Test
  void feed_parsesBackEventByEvent() throws Exception {
    long big = create("ogg", "clma", "2m0a", "", "Mirror recoat", "2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z");
    long small = create("ogg", "clma", "0m4b", "0M4-SCICAM-SBIG", "Filter wheel", "2026-12-02T08:00:00Z",
        "2026-12-02T09:30:00Z");

    HttpResponse<String> feed = api.get("/api/calendar.ics").send();

    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type.toLowerCase()).startsWith("text/calendar").contains("charset=utf-8"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(2);
    assertEvent(events.get(0), big, "ogg.clma.2m0a: Mirror recoat", "ogg/clma", "20261201T100000Z",
        "20261201T120000Z");
    assertEvent(events.get(1), small, "ogg.clma.0m4b [0M4-SCICAM-SBIG]: Filter wheel", "ogg/clma",
        "20261202T080000Z", "20261202T093000Z");
    assertThat(events).allSatisfy(event -> {
      assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
      assertThat(event.getProperty(Property.LAST_MODIFIED)).isPresent();
      assertThat(event.getProperty(Property.DESCRIPTION)).isPresent();
    });
  }

  @Test
  void feed_acceptsTheListFilters() throws Exception {
    create("ogg", "clma", "2m0a", "", "Mirror recoat", "2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z");
    create("coj", "doma", "1m0a", "", "Dome motor", "2026-12-03T10:00:00Z", "2026-12-03T12:00:00Z");

    HttpResponse<String> feed = api.get("/api/calendar.ics?site=coj&reason=motor").send();

    List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents(Component.VEVENT);
    assertThat(events).singleElement().satisfies(event ->
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("coj/doma"));
  }

  @Test
  void feed_badFilter_isTheLists400() {
    HttpResponse<String> refused = api.get("/api/calendar.ics?site=nop").send();

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("site").get(0).asText()).contains("nop");
  }

  private static void assertEvent(VEvent event, long id, String summary, String location, String start, String end) {
    assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo("downtime-" + id + "@observatory-downtime");
    assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(summary);
    assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(location);
    assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(start);
    assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo(end);
  }

  private long create(String site, String enclosure, String telescope, String instrumentType, String reason,
                      String start, String end) {
    String body = "{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"site\":\"" + site + "\",\"enclosure\":\""
        + enclosure + "\",\"telescope\":\"" + telescope + "\",\"instrument_type\":\"" + instrumentType
        + "\",\"reason\":\"" + reason + "\"}";
    HttpResponse<String> created = api.post("/api/").as("staff").json(body).send();
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asLong();
  }
}
