package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;

/** The add form's repeat option and the edit page's history, over HTTP against the real stack. */
class WebRecurrenceAndHistoryTest {

  private static final Pattern SERIES_SAVED = Pattern.compile("^/admin/\\?series=(\\d+)&series_saved=\\1$");

  private static WebStack stack;
  private static WebClient admin;

  @BeforeAll
  static void start() throws Exception {
    stack = new WebStack();
    admin = new WebClient(stack);
    assertThat(admin.login(WebStack.STAFF, WebStack.PASSWORD).statusCode()).isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void addForm_offersTheRepeatOption() throws Exception {
    String html = admin.get("/admin/add/").body();

    assertThat(html).contains("Repeat (RFC 5545 RRULE, UTC)").contains("name=\"repeat\"")
        .contains("name=\"repeat_count\"").contains("name=\"repeat_until\"").contains("name=\"rrule\"");
  }

  @Test
  void add_weeklyThreeTimes_createsThreeOccurrencesOfOneSeries_andTheListSaysSo() throws Exception {
    Map<String, String> form = form("2027-01-05T10:00", "2027-01-05T12:00", "Weekly mirror wash");
    form.put("repeat", "weekly");
    form.put("repeat_count", "3");

    HttpResponse<String> answer = admin.post("/admin/add/", form);

    assertThat(answer.statusCode()).isEqualTo(303);
    Matcher location = SERIES_SAVED.matcher(answer.headers().firstValue("Location").orElseThrow());
    assertThat(location.matches()).isTrue();
    long series = Long.parseLong(location.group(1));
    List<Downtime> stored = byReason("Weekly mirror wash");
    assertThat(stored).extracting(Downtime::start).containsExactly(Instant.parse("2027-01-05T10:00:00Z"),
        Instant.parse("2027-01-12T10:00:00Z"), Instant.parse("2027-01-19T10:00:00Z"));
    assertThat(stored).allSatisfy(downtime -> {
      assertThat(downtime.seriesId()).isEqualTo(series);
      assertThat(downtime.createdBy()).isEqualTo(WebStack.STAFF);
      assertThat(Duration.between(downtime.start(), downtime.end())).isEqualTo(Duration.ofHours(2));
    });

    String list = admin.get(location.group()).body();
    assertThat(list).contains("Created 3 downtimes in series " + series + " on ogg.clma.2m0a, from "
        + "2027-01-05T10:00:00Z to 2027-01-19T12:00:00Z.")
        .contains("Showing the occurrences of recurring series " + series + " only.");
    assertThat(rowIds(list)).containsExactlyInAnyOrderElementsOf(stored.stream().map(Downtime::id).toList());
    assertThat(list).contains("href=\"/admin/?series=" + series + "\"");
  }

  @Test
  void add_overTheCap_isRefusedNextToTheField_keepsWhatWasTyped_andWritesNothing() throws Exception {
    Map<String, String> form = form("2027-02-01T00:00", "2027-02-01T01:00", "Too many nights");
    form.put("repeat", "custom");
    form.put("rrule", "FREQ=DAILY;COUNT=1001");

    HttpResponse<String> answer = admin.post("/admin/add/", form);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(recurrenceError(answer.body())).isEqualTo(Recurrences.TOO_MANY);
    assertThat(answer.body()).contains("value=\"FREQ=DAILY;COUNT=1001\"").contains(">Too many nights</textarea>")
        .contains("<option value=\"custom\" selected>");
    assertThat(byReason("Too many nights")).isEmpty();
  }

  @Test
  void add_invalidRule_isRefusedWithTheReason_andWritesNothing() throws Exception {
    Map<String, String> form = form("2027-02-01T00:00", "2027-02-01T01:00", "Sometimes");
    form.put("repeat", "custom");
    form.put("rrule", "FREQ=SOMETIMES;COUNT=2");

    HttpResponse<String> answer = admin.post("/admin/add/", form);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(recurrenceError(answer.body())).startsWith("Not a valid RFC 5545 RRULE");
    assertThat(byReason("Sometimes")).isEmpty();
  }

  @Test
  void add_repeatWithoutAnEnd_andEndBeforeStart_showsBothMistakes() throws Exception {
    Map<String, String> form = form("2027-02-01T10:00", "2027-02-01T09:00", "Endless");
    form.put("repeat", "daily");

    HttpResponse<String> answer = admin.post("/admin/add/", form);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(recurrenceError(answer.body())).isEqualTo("Give the number of occurrences or the date of the last one.");
    assertThat(answer.body()).contains("End time must be after start time");
    assertThat(byReason("Endless")).isEmpty();
  }

  @Test
  void add_withoutRepeat_savesOneDowntimeAsBefore() throws Exception {
    Map<String, String> form = form("2027-03-01T10:00", "2027-03-01T12:00", "Just once");
    form.put("repeat", "");

    HttpResponse<String> answer = admin.post("/admin/add/", form);

    Downtime saved = byReason("Just once").get(0);
    assertThat(answer.headers().firstValue("Location")).hasValue("/admin/?saved=" + saved.id());
    assertThat(saved.seriesId()).isNull();
    assertThat(byReason("Just once")).hasSize(1);
  }

  @Test
  void editPage_afterAnEdit_showsTheHistoryWithWhoWhenAndWhatChanged() throws Exception {
    admin.post("/admin/add/", form("2027-04-01T10:00", "2027-04-01T12:00", "Coating <b>check</b>"));
    Downtime added = byReason("Coating <b>check</b>").get(0);
    Map<String, String> edit = form("2027-04-01T10:00", "2027-04-01T14:00", "Coating check, longer");
    edit.put("csrfmiddlewaretoken", admin.token("/admin/" + added.id() + "/change/"));
    assertThat(admin.post("/admin/" + added.id() + "/change/", edit).statusCode()).isEqualTo(303);

    String html = admin.get("/admin/" + added.id() + "/change/").body();

    String history = html.substring(html.indexOf("id=\"history\""));
    assertThat(history).contains("<strong class=\"action\">Changed</strong> by")
        .contains("<td class=\"before\">2027-04-01T12:00:00Z</td>")
        .contains("<td class=\"after\">2027-04-01T14:00:00Z</td>")
        .contains("<td class=\"before\">Coating &lt;b&gt;check&lt;/b&gt;</td>")
        .contains("<td class=\"after\">Coating check, longer</td>")
        .contains("<span class=\"actor\">ada</span>");
    assertThat(history.indexOf(">Changed<")).isLessThan(history.indexOf(">Created<"));
    assertThat(history.substring(0, history.indexOf(">Created<"))).doesNotContain(">site</th>");
  }

  @Test
  void seriesFilter_notANumber_isExplained() throws Exception {
    HttpResponse<String> answer = admin.get("/admin/?series=abc");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("A series id is a whole number (e.g. series=12), not abc.");
  }

  private static Map<String, String> form(String start, String end, String reason) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrfmiddlewaretoken", admin.token("/admin/add/"));
    form.put("site", "ogg");
    form.put("enclosure", "clma");
    form.put("telescope", "2m0a");
    form.put("instrument_type", "");
    form.put("start", start);
    form.put("end", end);
    form.put("reason", reason);
    return form;
  }

  private static String recurrenceError(String html) {
    Matcher matcher = Pattern.compile("id=\"error_recurrence\" role=\"alert\">([^<]*)</span>").matcher(html);
    assertThat(matcher.find()).as("an error next to the repeat field").isTrue();
    return matcher.group(1);
  }

  private static List<Long> rowIds(String html) {
    Matcher matcher = Pattern.compile("<tr data-id=\"(\\d+)\"").matcher(html);
    List<Long> ids = new java.util.ArrayList<>();
    while (matcher.find()) {
      ids.add(Long.parseLong(matcher.group(1)));
    }
    return ids;
  }

  private static List<Downtime> byReason(String reason) {
    return stack.services.find().list(DowntimeQuery.builder().reasonExact(reason)
        .order(SortKey.asc(SortField.START)).build()).results();
  }
}
