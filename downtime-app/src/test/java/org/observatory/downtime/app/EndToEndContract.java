package org.observatory.downtime.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runnable application end to end, as a newcomer uses it from the README: {@code create}, then {@code list --json},
 * refusals that write nothing, and {@code serve}. Each subclass gives a database.
 */
abstract class EndToEndContract {

  private static final String WHOLE_SECOND_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

  /** The environment pointing at a fresh, empty database. */
  abstract Map<String, String> environment();

  @Test
  void create_thenListJson_showsTheDowntimeWithWholeSecondUtcDates() {
    MainRunner main = new MainRunner(environment());

    MainRunner.Result created = main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--duration-hours", "2",
        "-r", "Mirror recoat");
    MainRunner.Result listed = main.run("list", "--json");

    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out()).startsWith("Created downtime ").contains("on ogg.clma.2m0a", ": Mirror recoat");
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("\"site\":\"ogg\"", "\"enclosure\":\"clma\"", "\"telescope\":\"2m0a\"",
        "\"reason\":\"Mirror recoat\"", "\"created_by\":\"e2e-operator\"");
    assertThat(listed.out()).containsPattern("\"start\":\"" + WHOLE_SECOND_UTC + "\",\"end\":\"" + WHOLE_SECOND_UTC + "\"");
  }

  @Test
  void create_refused_printsOneLineExitsNonZeroAndWritesNothing() {
    MainRunner main = new MainRunner(environment());

    MainRunner.Result unknownSite = main.run("create", "-s", "nop", "-e", "clma", "-t", "2m0a");
    MainRunner.Result endBeforeStart = main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a",
        "--start", "2026-12-01T10:00:00", "--end", "2026-12-01T09:00:00");
    MainRunner.Result badDate = main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--end", "soon");

    assertThat(unknownSite.exitCode()).isNotZero();
    assertThat(unknownSite.err()).isEqualTo("site: \"nop\" is not a valid choice.\n");
    assertThat(endBeforeStart.exitCode()).isNotZero();
    assertThat(endBeforeStart.err()).isEqualTo("End time must be after start time\n");
    assertThat(badDate.exitCode()).isNotZero();
    assertThat(badDate.err()).startsWith("end: Datetime has wrong format.").hasLineCount(1);
    assertThat(main.run("list", "--json").out()).isEqualTo("[]\n");
  }

  @Test
  void importExportAndDelete_roundTripThroughTheDatabase() throws Exception {
    MainRunner main = new MainRunner(environment());
    String rows = "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"coj\","
        + "\"enclosure\":\"doma\",\"telescope\":\"1m0a\",\"reason\":\"first\"}\n"
        + "{\"start\":\"2026-12-02T10:00:00.5+02:00\",\"end\":\"2026-12-02T12:00:00Z\",\"site\":\"lsc\","
        + "\"enclosure\":\"doma\",\"telescope\":\"1m0a\",\"instrument_type\":\"1M0-NRES-SCICAM\",\"reason\":\"second\"}\n";

    MainRunner.Result imported = main.runWithInput(rows, "import", "-");
    MainRunner.Result exported = main.run("export", "--format", "csv", "--site", "lsc");
    MainRunner.Result deleted = main.run("delete", "1", "2");

    assertThat(imported.out()).as(imported.err()).isEqualTo("Imported 2 downtimes (ids 1 to 2)\n");
    // export keeps the half second the input carried, so that import restores the row exactly
    assertThat(exported.out()).contains("2,2026-12-02T08:00:00.500000Z,2026-12-02T12:00:00Z,lsc,doma,1m0a,1M0-NRES-SCICAM,second,")
        .doesNotContain("coj");
    assertThat(deleted.exitCode()).as(deleted.err()).isZero();
    assertThat(main.run("list", "--json").out()).isEqualTo("[]\n");
  }

  @Test
  void serve_answersTheApiUntilStopped() throws Exception {
    MainRunner main = new MainRunner(withFreePort(environment()));
    main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--duration-hours", "2", "-r", "Served");

    MainRunner.Serving serving = main.serve();
    HttpResponse<String> list;
    try {
      list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(serving.baseUrl() + "api/")).build(),
          HttpResponse.BodyHandlers.ofString());
    } finally {
      MainRunner.Result stopped = serving.stop();
      assertThat(stopped.exitCode()).as(stopped.err()).isZero();
    }

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).startsWith("{\"count\":1,").contains("\"reason\":\"Served\"");
  }

  @Test
  void changes_madeFromTheCommandLine_areInTheServedChangeFeed() throws Exception {
    MainRunner main = new MainRunner(withFreePort(environment()));
    String row = "{\"start\":\"2026-12-01T10:00:00Z\",\"end\":\"2026-12-01T12:00:00Z\",\"site\":\"coj\","
        + "\"enclosure\":\"doma\",\"telescope\":\"1m0a\",\"reason\":\"imported\"}\n";
    main.runWithInput(row, "import", "-");
    main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--duration-hours", "2", "-r", "Created");
    main.run("delete", "1");

    MainRunner.Serving serving = main.serve();
    HttpResponse<String> feed;
    HttpResponse<String> coj;
    try {
      HttpClient client = HttpClient.newHttpClient();
      feed = client.send(HttpRequest.newBuilder(URI.create(serving.baseUrl() + "api/changes/")).build(),
          HttpResponse.BodyHandlers.ofString());
      coj = client.send(HttpRequest.newBuilder(URI.create(serving.baseUrl() + "api/changes/?site=coj&after=0"))
          .build(), HttpResponse.BodyHandlers.ofString());
    } finally {
      serving.stop();
    }

    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).containsSubsequence("\"type\":\"downtime.created\"", "\"reason\":\"imported\"",
        "\"type\":\"downtime.created\"", "\"reason\":\"Created\"", "\"type\":\"downtime.deleted\"",
        "\"downtime\":null", "\"reason\":\"imported\"");
    assertThat(coj.body()).contains("downtime.created", "downtime.deleted").doesNotContain("Created");
  }

  @Test
  void serve_startTimePassing_isAnnouncedOnceInTheFeedWithinAMinute() throws Exception {
    MainRunner main = new MainRunner(withFreePort(environment()));
    java.time.Instant start = java.time.Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    main.run("create", "-s", "ogg", "-e", "clma", "-t", "2m0a", "--start", start.toString(), "--duration-hours", "1",
        "-r", "Starting soon");

    MainRunner.Serving serving = main.serve();
    String feed = "";
    try {
      HttpClient client = HttpClient.newHttpClient();
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
      while (!feed.contains("downtime.started") && System.nanoTime() < deadline) {
        feed = client.send(HttpRequest.newBuilder(URI.create(serving.baseUrl() + "api/changes/")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Thread.onSpinWait();
      }
    } finally {
      serving.stop();
    }

    assertThat(feed).containsOnlyOnce("downtime.started").contains("Starting soon").doesNotContain("downtime.ended");
  }

  private static Map<String, String> withFreePort(Map<String, String> environment) {
    java.util.HashMap<String, String> copy = new java.util.HashMap<>(environment);
    copy.put("PORT", "0");
    copy.put("SECRET_KEY", "end-to-end-test-secret");
    return copy;
  }

  @Test
  void serve_metrics_reportPoolJvmJettyAndRequestsInPrometheusFormat() throws Exception {
    MainRunner.Serving serving = new MainRunner(withFreePort(environment())).serve();
    HttpResponse<String> metrics;
    try {
      HttpClient client = HttpClient.newHttpClient();
      client.send(HttpRequest.newBuilder(URI.create(serving.baseUrl() + "api/")).build(),
          HttpResponse.BodyHandlers.ofString());
      metrics = client.send(HttpRequest.newBuilder(URI.create(serving.baseUrl() + "metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
    } finally {
      serving.stop();
    }

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .containsPattern("hikaricp_connections_active\\{pool=\"downtime[a-z-]*\"\\}")
        .containsPattern("hikaricp_connections_max\\{pool=\"downtime[a-z-]*\"\\} [1-9]")
        .containsPattern("jvm_memory_used_bytes\\{area=\"heap\"")
        .containsPattern("jvm_threads_live_threads [1-9]")
        .containsPattern("jetty_threads_current [1-9]")
        .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/\"}");
  }
}
