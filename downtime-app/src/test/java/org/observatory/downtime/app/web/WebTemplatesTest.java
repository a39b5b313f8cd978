package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.http.template.TemplateRenderer;
import org.observatory.downtime.http.web.AdminListPage;
import org.observatory.downtime.http.web.DowntimeForm;
import org.observatory.downtime.http.web.DowntimeFormPage;
import org.observatory.downtime.http.web.DowntimeRow;
import org.observatory.downtime.http.web.ErrorPage;
import org.observatory.downtime.http.web.FilterForm;
import org.observatory.downtime.http.web.IndexPage;
import org.observatory.downtime.http.web.Layout;
import org.observatory.downtime.http.web.Pager;
import org.observatory.downtime.http.web.RepeatForm;
import org.observatory.downtime.http.web.SortColumn;
import org.observatory.downtime.http.web.Timeline;

/** The jte templates rendered directly from page models: edge cases a person would notice. */
class WebTemplatesTest {

  private static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"x";
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void index_emptyList_saysThereIsNothing() {
    String html = renderer.render("web/index.jte", index(List.of(), Pager.of(0, 1, 50, n -> "/?page=" + n)));

    assertThat(html).contains("No downtimes to show.").contains("No downtimes").doesNotContain("<table");
  }

  @Test
  void index_reasonOf3000Characters_isShownWhole() {
    String reason = "x".repeat(2999) + "!";

    String html = renderer.render("web/index.jte", index(List.of(row(1, reason)), Pager.of(1, 1, 50, n -> "")));

    assertThat(html).contains(reason);
  }

  @Test
  void index_hostileText_isEscapedEverywhere() {
    FilterForm filters = new FilterForm(Map.of("reason", List.of(HOSTILE)), Map.of("reason", List.of(HOSTILE)),
        Set.of("ogg"), Set.of(), Set.of(), Set.of());
    Layout layout = new Layout("Downtimes", "\"><script>alert(2)</script>", true, "", "", "", false);
    Downtime hostile = new Downtime(7, T0, T0.plusSeconds(3600), "ogg", "clma", "2m0a", HOSTILE, HOSTILE, T0, T0, "",
        null);
    IndexPage page = new IndexPage(layout, filters, List.of(DowntimeRow.of(hostile)), Pager.of(1, 1, 50, n -> ""),
        Timeline.draw(List.of(), List.of(hostile), T0, T0.plusSeconds(86400), T0), false, "/api/");

    String html = renderer.render("web/index.jte", page);

    assertThat(html).doesNotContain("<script>alert")
        .contains("<td class=\"reason\">&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("value=\"&lt;script>alert(1)&lt;/script>&#34; onmouseover=&#34;x\"")
        .contains("src=\"&#34;>&lt;script>alert(2)&lt;/script>\"");
  }

  @Test
  void index_demoCatalogue_showsBanner() {
    String html = renderer.render("web/index.jte", index(List.of(), Pager.of(0, 1, 50, n -> "")));

    assertThat(html).contains("Demo catalogue in use");
  }

  @Test
  void pager_firstPage_hasNoPreviousLink_andLastPageNoNext() {
    Pager first = Pager.of(120, 1, 50, n -> "/?page=" + n);
    Pager last = Pager.of(120, 3, 50, n -> "/?page=" + n);

    String firstHtml = renderer.render("web/index.jte", index(rows(50), first));
    String lastHtml = renderer.render("web/index.jte", index(rows(20), last));

    assertThat(firstHtml).contains("1–50 of 120").doesNotContain("rel=\"prev\"").contains("rel=\"next\" href=\"/?page=2\"");
    assertThat(lastHtml).contains("101–120 of 120").contains("rel=\"prev\" href=\"/?page=2\"").doesNotContain("rel=\"next\"");
  }

  @Test
  void pager_pastTheEnd_showsTheLastPage_andDistantPagesBecomeGaps() {
    Pager pager = Pager.of(1000, 99, 50, n -> "/?page=" + n);

    assertThat(pager.page()).isEqualTo(20);
    assertThat(pager.links()).extracting(link -> link.isGap() ? "…" : String.valueOf(link.number()))
        .containsExactly("1", "…", "18", "19", "20");
  }

  @Test
  void pager_singlePage_offersNoPageLinks() {
    String html = renderer.render("web/index.jte", index(rows(3), Pager.of(3, 1, 50, n -> "/?page=" + n)));

    assertThat(html).contains("1–3 of 3").doesNotContain("?page=");
  }

  @Test
  void adminList_empty_offersNoBulkDelete() {
    AdminListPage page = new AdminListPage(new Layout("Downtimes", "", false, "", "ada", "tok", true),
        new FilterForm(Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), Set.of()), "",
        List.of(new SortColumn("Start (UTC)", "/admin/?o=start", "desc")), List.of(), Pager.of(0, 1, 50, n -> ""),
        List.of(), List.of(), "tok");

    String html = renderer.render("web/admin/list.jte", page);

    assertThat(html).contains("No downtimes to show.").doesNotContain("bulk-delete");
  }

  @Test
  void errorPage_hostileMessage_isEscaped_andLeadsBack() {
    ErrorPage page = new ErrorPage(new Layout("Not found", "", false, "", "", "", false), 404, "Not found",
        "There is no page at /" + HOSTILE + ".", "/", "Back to the downtime list");

    String html = renderer.render("web/error.jte", page);

    assertThat(html).contains("<h1>Not found</h1>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert").contains("<a href=\"/\" id=\"error-back\">Back to the downtime list</a>");
  }

  @Test
  void form_keepsWhatWasTyped_andShowsErrorsNextToFields() {
    DowntimeForm typed = new DowntimeForm("2026-12-01T12:00", "2026-12-01T10:00", "ogg", "clma", "2m0a", "", HOSTILE);
    DowntimeFormPage page = new DowntimeFormPage(new Layout("Add downtime", "", false, "", "ada", "tok", true), 0,
        typed, RepeatForm.none(), Map.of("non_field_errors", List.of("End time must be after start time"),
            "reason", List.of("Ensure this field has no more than 3000 characters.")),
        Set.of("ogg", "coj"), Set.of("clma", "doma"), Set.of("2m0a"), Set.of("2M0-SCICAM-MUSCAT"),
        "[{\"site\":\"ogg\"}]", "tok", null, null);

    String html = renderer.render("web/admin/form.jte", page);

    assertThat(html).contains("value=\"2026-12-01T12:00\"").contains("<option value=\"ogg\" selected>")
        .contains("End time must be after start time").contains("id=\"error_reason\"")
        .contains("&lt;script&gt;").doesNotContain("<script>alert")
        .contains("data-catalogue=\"[{&#34;site&#34;:&#34;ogg&#34;}]\"");
  }

  private static IndexPage index(List<DowntimeRow> rows, Pager pager) {
    return new IndexPage(new Layout("Downtimes", "", true, "", "", "", false),
        new FilterForm(Map.of(), Map.of(), Set.of("ogg"), Set.of("clma"), Set.of("2m0a"), Set.of()), rows, pager,
        null, true, "/api/");
  }

  private static List<DowntimeRow> rows(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> row(i, "reason " + i)).toList();
  }

  private static DowntimeRow row(long id, String reason) {
    return DowntimeRow.of(new Downtime(id, T0, T0.plusSeconds(3600), "ogg", "clma", "2m0a", "", reason, T0, T0, "",
        null));
  }
}
