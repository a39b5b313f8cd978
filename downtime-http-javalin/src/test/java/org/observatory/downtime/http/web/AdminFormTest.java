package org.observatory.downtime.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.Drafts;
import org.observatory.downtime.core.fixtures.InMemoryDowntimeRepository;
import org.observatory.downtime.core.fixtures.InMemoryUserStore;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.UserAccount;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.service.DowntimeServices;
import org.observatory.downtime.core.service.PasswordHasher;
import org.observatory.downtime.http.DowntimeHttpServer;
import org.observatory.downtime.http.HttpServices;
import org.observatory.downtime.http.NoWebhooks;
import org.observatory.downtime.http.HttpSettings;
import org.observatory.downtime.http.security.CsrfTokens;
import org.observatory.downtime.http.security.SessionCookies;
import org.observatory.downtime.recurrence.Ical4jRecurrenceExpander;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/** The admin form over a real port: saved through the use cases, refused with every mistake next to its field. */
class AdminFormTest {

  private static final String SECRET = "web-test-secret";

  private final InMemoryDowntimeRepository downtimes = new InMemoryDowntimeRepository();
  private final DowntimeHttpServer server = start();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private DowntimeHttpServer start() {
    InMemoryUserStore users = new InMemoryUserStore();
    PasswordHasher hasher = new PasswordHasher(new SecureRandom(), 10);
    users.save(new UserAccount("staff", hasher.hash("staff-pass".toCharArray()), true, false, "", "", "", "",
        UserAccount.Source.LOCAL));
    users.save(new UserAccount("alice", hasher.hash("alice-pass".toCharArray()), false, false, "", "", "", "",
        UserAccount.Source.LOCAL));
    DowntimeServices core = DowntimeServices.create(new DowntimeServices.Ports(downtimes, downtimes, users,
        TestCatalogues.fixed(), new Ical4jRecurrenceExpander(), Optional.empty(), downtimes, new SuncalcDarknessCalculator()), WriteAccess.STAFF);
    return new DowntimeHttpServer(HttpSettings.forTests(SECRET), new HttpServices(core.create(), core.find(),
        core.update(), core.delete(), core.recurring(), core.history(), core.availability(), core.authenticate(),
        core.users(), TestCatalogues.fixed(), downtimes::reachable, core.changes(), core.nights(), new NoWebhooks()), Clock.systemUTC()).start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Map<String, String> form(String start, String site) {
    return Map.of("start", start, "end", "2026-12-01T12:00:00", "site", site, "enclosure", "clma",
        "telescope", "2m0a", "instrument_type", "", "reason", "Mirror recoat");
  }

  @Test
  void add_savesThroughTheUseCase_andLeadsBackToTheList() {
    HttpResponse<String> saved = post("staff", "/admin/add/", form("2026-12-01T10:00:00", "ogg"));

    assertThat(saved.statusCode()).isEqualTo(303);
    Downtime stored = downtimes.all().get(0);
    assertThat(saved.headers().firstValue("Location")).hasValue("/admin/?saved=" + stored.id());
    assertThat(stored.createdBy()).isEqualTo("staff");
    assertThat(stored.reason()).isEqualTo("Mirror recoat");
  }

  @Test
  void add_blankStartAndUnknownSite_bothShownNextToTheirFields() {
    HttpResponse<String> refused = post("staff", "/admin/add/", form("", "nop"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"error_start\">This field is required.</span>")
        .contains("id=\"error_site\">\"nop\" is not a valid choice.</span>");
    assertThat(downtimes.all()).isEmpty();
  }

  @Test
  void add_repeat_createsTheSeries() {
    Map<String, String> fields = new java.util.HashMap<>(form("2026-12-01T10:00:00", "ogg"));
    fields.putAll(Map.of("repeat", "daily", "repeat_count", "3"));

    HttpResponse<String> saved = post("staff", "/admin/add/", fields);

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(downtimes.all()).hasSize(3).extracting(Downtime::seriesId).doesNotContainNull().hasSize(3);
    assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("series_saved=");
  }

  @Test
  void add_repeatWithoutAnEnd_andAnUnknownSite_bothShown() {
    Map<String, String> fields = new java.util.HashMap<>(form("2026-12-01T10:00:00", "nop"));
    fields.put("repeat", "daily");

    HttpResponse<String> refused = post("staff", "/admin/add/", fields);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains(RepeatForm.COUNT_OR_UNTIL).contains("is not a valid choice.");
    assertThat(downtimes.all()).isEmpty();
  }

  @Test
  void edit_replacesEveryField_blankOptionalFieldsClearThem() {
    long id = downtimes.create(Drafts.aDraft().withInstrumentType("2M0-SCICAM-MUSCAT").withCreatedBy("bob"), "bob").id();
    Map<String, String> fields = new java.util.HashMap<>(form("2026-12-02T10:00:00", "ogg"));
    fields.put("end", "2026-12-02T12:00:00");
    fields.put("reason", "");

    HttpResponse<String> saved = post("staff", "/admin/" + id + "/change/", fields);

    assertThat(saved.statusCode()).isEqualTo(303);
    Downtime stored = downtimes.findById(id).orElseThrow();
    assertThat(stored.reason()).isEmpty();
    assertThat(stored.instrumentType()).isEmpty();
    assertThat(stored.createdBy()).isEqualTo("bob");
    assertThat(get("staff", "/admin/" + id + "/change/").body()).contains("Changed");
  }

  @Test
  void edit_unknownOrNonNumericId_isANotFoundPage() {
    for (String path : List.of("/admin/987654/change/", "/admin/abc/change/", "/admin/abc/delete/")) {
      HttpResponse<String> page = get("staff", path);
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.body()).as(path).contains("<h1>Not found</h1>").contains("No downtime with id");
    }
  }

  @Test
  void pages_needStaff_aFormWithoutItsTokenIsRefusedAsAPage() {
    HttpResponse<String> notStaff = get("alice", "/admin/add/");
    HttpResponse<String> forged = send(cookie("staff"), "/admin/add/", "site=ogg");

    assertThat(notStaff.statusCode()).isEqualTo(302);
    assertThat(notStaff.headers().firstValue("Location").orElseThrow()).startsWith("/admin/login/");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains(ErrorPages.FORM_REFUSED);
  }

  private HttpResponse<String> post(String user, String path, Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach((name, value) -> body.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    // One cookie for both: a cookie carries its issue time, and the token is bound to the cookie's exact value.
    String session = cookie(user);
    String token = new CsrfTokens(SECRET).tokenForSession(session);
    body.add(CsrfTokens.FIELD + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    return send(session, path, body.toString());
  }

  private HttpResponse<String> get(String user, String path) {
    return exchange(HttpRequest.newBuilder(uri(path)).header("Cookie", SessionCookies.COOKIE + "=" + cookie(user))
        .header("Accept", "text/html").GET());
  }

  private HttpResponse<String> send(String session, String path, String form) {
    return exchange(HttpRequest.newBuilder(uri(path)).header("Cookie", SessionCookies.COOKIE + "=" + session)
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private static String cookie(String user) {
    return new SessionCookies(SECRET).value(user);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> exchange(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
