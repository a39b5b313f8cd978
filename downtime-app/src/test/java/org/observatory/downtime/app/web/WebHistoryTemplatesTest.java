package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.AuditEntry;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.http.template.TemplateRenderer;
import org.observatory.downtime.http.web.DowntimeForm;
import org.observatory.downtime.http.web.DowntimeFormPage;
import org.observatory.downtime.http.web.FieldChange;
import org.observatory.downtime.http.web.HistoryRow;
import org.observatory.downtime.http.web.Layout;
import org.observatory.downtime.http.web.RepeatForm;

/** The history block and the repeat fields of the admin form, rendered directly from page models. */
class WebHistoryTemplatesTest {

  private static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"x";
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void history_update_showsOnlyTheFieldsThatChanged_newestFirst() {
    Downtime created = downtime("Mirror recoat", "");
    Downtime changed = downtime("Mirror recoat, second coat", "2M0-SCICAM-MUSCAT");
    List<AuditEntry> entries = List.of(
        new AuditEntry(1, 7, AuditEntry.Action.CREATE, "ada", T0, null, created),
        new AuditEntry(2, 7, AuditEntry.Action.UPDATE, "bob", T0.plusSeconds(60), created, changed));

    List<HistoryRow> rows = HistoryRow.newestFirst(entries);

    assertThat(rows).extracting(HistoryRow::action).containsExactly("Changed", "Created");
    assertThat(rows.get(0).changes()).containsExactly(
        new FieldChange("instrument type", "(whole telescope)", "2M0-SCICAM-MUSCAT"),
        new FieldChange("reason", "Mirror recoat", "Mirror recoat, second coat"));
    assertThat(rows.get(1).changes()).extracting(FieldChange::field)
        .containsExactly("start", "end", "site", "enclosure", "telescope", "instrument type", "reason");
    assertThat(rows.get(1).changes()).allMatch(change -> change.before() == null);
  }

  @Test
  void editPage_history_isShownWithActorTimeAndChanges_andHostileTextEscaped() {
    Downtime before = downtime("Mirror recoat", "");
    Downtime after = downtime(HOSTILE, "");
    List<HistoryRow> history = HistoryRow.newestFirst(List.of(
        new AuditEntry(1, 7, AuditEntry.Action.CREATE, HOSTILE, T0, null, before),
        new AuditEntry(2, 7, AuditEntry.Action.UPDATE, "ada", T0.plusSeconds(90), before, after)));

    String html = renderer.render("web/admin/form.jte", editPage(after, history));

    assertThat(html).doesNotContain("<script>alert")
        .contains("History <small>newest first, times in UTC</small>")
        .contains("<strong class=\"action\">Changed</strong> by")
        .contains("<time datetime=\"2026-12-01T10:01:30Z\">2026-12-01T10:01:30Z</time>")
        .contains("<td class=\"before\">Mirror recoat</td>").contains("<td class=\"value\">Mirror recoat</td>")
        .contains("<td class=\"after\">&lt;script&gt;alert(1)&lt;/script&gt;\" onmouseover=\"x</td>")
        .contains("<span class=\"actor\">&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html.indexOf(">Changed<")).isLessThan(html.indexOf(">Created<"));
  }

  @Test
  void editPage_noRecordedChange_saysSo_andAnOccurrenceLinksToItsSeries() {
    Downtime occurrence = new Downtime(7, T0, T0.plusSeconds(3600), "ogg", "clma", "2m0a", "", "Weekly check", T0,
        T0, "ada", 42L);

    String html = renderer.render("web/admin/form.jte", editPage(occurrence, List.of()));

    assertThat(html).contains("No recorded changes.").contains("recurring series 42")
        .contains("href=\"/admin/?series=42\"").doesNotContain("id=\"id_repeat\"");
  }

  @Test
  void addPage_repeat_keepsWhatWasTyped_andShowsTheRefusalNextToIt() {
    RepeatForm typed = new RepeatForm("custom", "", "", HOSTILE);
    DowntimeFormPage page = new DowntimeFormPage(layout(), 0, DowntimeForm.blank(), typed,
        Map.of("recurrence", List.of("Not a valid RFC 5545 RRULE (" + HOSTILE + ")")), Set.of("ogg"), Set.of(),
        Set.of(), Set.of(), "[]", "tok", null, null);

    String html = renderer.render("web/admin/form.jte", page);

    assertThat(html).doesNotContain("<script>alert").doesNotContain("id=\"history\"")
        .contains("<legend>Repeat (RFC 5545 RRULE, UTC)</legend>")
        .contains("<option value=\"custom\" selected>Custom RRULE</option>")
        .contains("value=\"&lt;script>alert(1)&lt;/script>&#34; onmouseover=&#34;x\"")
        .contains("id=\"error_recurrence\" role=\"alert\">Not a valid RFC 5545 RRULE (&lt;script&gt;");
  }

  private static DowntimeFormPage editPage(Downtime downtime, List<HistoryRow> history) {
    return new DowntimeFormPage(layout(), downtime.id(), DowntimeForm.of(downtime), null, Map.of(), Set.of("ogg"),
        Set.of("clma"), Set.of("2m0a"), Set.of(), "[]", "tok", downtime.seriesId(), history);
  }

  private static Layout layout() {
    return new Layout("Change downtime", "", false, "", "ada", "tok", true);
  }

  private static Downtime downtime(String reason, String instrumentType) {
    return new Downtime(7, T0, T0.plusSeconds(3600), "ogg", "clma", "2m0a", instrumentType, reason, T0, T0, "ada",
        null);
  }
}
