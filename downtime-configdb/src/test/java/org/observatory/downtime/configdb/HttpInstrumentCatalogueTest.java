package org.observatory.downtime.configdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.contract.TestClock;
import org.observatory.downtime.core.model.Catalogue;

class HttpInstrumentCatalogueTest {

  private final MockWebServer server = new MockWebServer();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final List<Runnable> pendingRefreshes = new ArrayList<>();
  private final OkHttpClient client = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofMillis(500)).readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofSeconds(2))
      .build();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpInstrumentCatalogue catalogue(String path, Executor refresher) {
    return new HttpInstrumentCatalogue(client, server.url(path).toString(), clock,
        Duration.ofMinutes(15), Duration.ofMinutes(1), refresher);
  }

  private HttpInstrumentCatalogue catalogue() {
    return catalogue("/", Runnable::run);
  }

  private void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  @Test
  void current_parsesSitesEnclosuresTelescopesAndInstrumentTypes() {
    answer(200, SitesJson.TWO_SITES);

    Catalogue loaded = catalogue().current().orElseThrow();

    assertThat(loaded.locations()).extracting(Catalogue.Location::key).containsExactly("coj.doma.1m0a", "ogg.clma.2m0a");
    assertThat(loaded.contains("ogg", "clma", "2m0a", "2M0-SCICAM-MUSCAT")).isTrue();
    assertThat(loaded.contains("ogg", "clma", "2m0a", "2M0-FLOYDS-SCICAM")).isTrue();
    assertThat(loaded.contains("coj", "doma", "1m0a", "2M0-SCICAM-MUSCAT")).isFalse();
    assertThat(loaded.demo()).isFalse();
    assertThat(loaded.description()).isEqualTo("ConfigDB at " + server.url("/sites/"));
  }

  @Test
  void current_siteNameAndGeography_areRead() {
    answer(200, "{\"results\": [" + SitesJson.OGG_WITH_GEOGRAPHY + "]}");

    Catalogue.Site ogg = catalogue().current().orElseThrow().site("ogg").orElseThrow();

    assertThat(ogg.name()).isEqualTo("Haleakala Observatory");
    assertThat(ogg.geography().orElseThrow().longitude()).isEqualTo(-156.2576);
  }

  @Test
  void current_nullsAndMissingArrays_countAsEmpty() {
    answer(200, """
        {"results": [{"code": "ogg", "enclosure_set": [{"code": "clma", "telescope_set": [
            {"code": "2m0a", "instrument_set": null}, {"code": "0m4b"}, {"code": null}]}]},
          {"code": "coj", "enclosure_set": null}, {"name": "no code"}]}
        """);

    Catalogue loaded = catalogue().current().orElseThrow();

    assertThat(loaded.siteCodes()).containsExactly("coj", "ogg");
    assertThat(loaded.telescopeCodes()).containsExactly("0m4b", "2m0a");
    assertThat(loaded.contains("ogg", "clma", "2m0a", "")).isTrue();
  }

  @Test
  void current_baseWithOrWithoutTrailingSlash_requestsSitesUnderIt() throws Exception {
    answer(200, SitesJson.ONE_SITE);
    answer(200, SitesJson.ONE_SITE);

    catalogue("/configdb", Runnable::run).current();
    catalogue("/configdb/", Runnable::run).current();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/configdb/sites/");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/configdb/sites/");
  }

  @Test
  void current_topLevelArray_isAccepted() {
    answer(200, "[{\"code\": \"tfn\", \"enclosure_set\": [{\"code\": \"aqwa\", \"telescope_set\": [{\"code\": \"0m4a\"}]}]}]");

    assertThat(catalogue().current().orElseThrow().siteCodes()).containsExactly("tfn");
  }

  @Test
  void current_paginatedAnswer_followsNextLinks() throws Exception {
    answer(200, "{\"next\": \"" + server.url("/sites/?page=2") + "\", \"results\": "
        + "[{\"code\": \"ogg\", \"enclosure_set\": [{\"code\": \"clma\", \"telescope_set\": [{\"code\": \"2m0a\"}]}]}]}");
    answer(200, SitesJson.ONE_SITE);

    Catalogue loaded = catalogue().current().orElseThrow();

    assertThat(loaded.siteCodes()).containsExactly("elp", "ogg");
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/sites/?page=2");
  }

  @Test
  void current_manyCallersAtFirst_shareOneRequest() throws Exception {
    answer(200, SitesJson.TWO_SITES);
    HttpInstrumentCatalogue catalogue = catalogue();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Optional<Catalogue>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(callers.submit(catalogue::current));
      }
      for (Future<Optional<Catalogue>> answer : answers) {
        assertThat(answer.get(5, TimeUnit.SECONDS)).isPresent();
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void current_withinFifteenMinutes_isServedFromCache() {
    answer(200, SitesJson.TWO_SITES);
    HttpInstrumentCatalogue catalogue = catalogue();

    catalogue.current();
    clock.advance(Duration.ofMinutes(14));
    Catalogue again = catalogue.current().orElseThrow();

    assertThat(again.siteCodes()).containsExactly("coj", "ogg");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void current_afterFifteenMinutes_isRefreshed() {
    answer(200, SitesJson.TWO_SITES);
    answer(200, SitesJson.ONE_SITE);
    HttpInstrumentCatalogue catalogue = catalogue();

    catalogue.current();
    clock.advance(Duration.ofMinutes(15));

    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("elp");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void current_whenStale_servesTheStaleCatalogueWhileOneBackgroundRefreshRuns() {
    answer(200, SitesJson.TWO_SITES);
    answer(200, SitesJson.ONE_SITE);
    HttpInstrumentCatalogue catalogue = catalogue("/", pendingRefreshes::add);
    catalogue.current();
    clock.advance(Duration.ofMinutes(20));

    Catalogue stale1 = catalogue.current().orElseThrow();
    Catalogue stale2 = catalogue.current().orElseThrow();

    assertThat(stale1.siteCodes()).containsExactly("coj", "ogg");
    assertThat(stale2.siteCodes()).containsExactly("coj", "ogg");
    assertThat(pendingRefreshes).hasSize(1);
    pendingRefreshes.remove(0).run();
    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("elp");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void current_configDbAnswers500_keepsTheLastGoodCatalogue() {
    answer(200, SitesJson.TWO_SITES);
    answer(500, "{\"detail\": \"Internal Server Error\"}");
    HttpInstrumentCatalogue catalogue = catalogue();
    catalogue.current();
    clock.advance(Duration.ofMinutes(16));

    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("coj", "ogg");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void current_configDbAnswersGarbage_keepsTheLastGoodCatalogue() {
    answer(200, SitesJson.TWO_SITES);
    answer(200, "<html>Bad gateway</html>");
    answer(200, "{\"results\": []}");
    HttpInstrumentCatalogue catalogue = catalogue();
    catalogue.current();

    clock.advance(Duration.ofMinutes(16));
    Catalogue afterGarbage = catalogue.current().orElseThrow();
    clock.advance(Duration.ofMinutes(2));
    Catalogue afterEmpty = catalogue.current().orElseThrow();

    assertThat(afterGarbage.siteCodes()).containsExactly("coj", "ogg");
    assertThat(afterEmpty.siteCodes()).containsExactly("coj", "ogg");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void current_configDbTooSlow_keepsTheLastGoodCatalogueWithinTheTimeout() {
    answer(200, SitesJson.TWO_SITES);
    server.enqueue(new MockResponse.Builder().body(SitesJson.ONE_SITE).headersDelay(10, TimeUnit.SECONDS).build());
    HttpInstrumentCatalogue catalogue = catalogue();
    catalogue.current();
    clock.advance(Duration.ofMinutes(16));

    long started = System.nanoTime();
    Catalogue kept = catalogue.current().orElseThrow();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(kept.siteCodes()).containsExactly("coj", "ogg");
  }

  @Test
  void current_failedRefresh_isRetriedOnlyAfterTheRetryInterval() {
    answer(200, SitesJson.TWO_SITES);
    answer(503, "");
    answer(200, SitesJson.ONE_SITE);
    HttpInstrumentCatalogue catalogue = catalogue();
    catalogue.current();
    clock.advance(Duration.ofMinutes(16));
    catalogue.current();

    clock.advance(Duration.ofSeconds(30));
    catalogue.current();
    assertThat(server.getRequestCount()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(30));
    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("elp");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void current_nothingEverLoaded_isEmptyAndRecoversLater() {
    answer(500, "");
    answer(200, SitesJson.ONE_SITE);
    HttpInstrumentCatalogue catalogue = catalogue();

    assertThat(catalogue.current()).isEmpty();
    assertThat(catalogue.current()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(1));
    assertThat(catalogue.current().orElseThrow().siteCodes()).containsExactly("elp");
  }

  @Test
  void current_configDbUnreachable_isEmpty() {
    String url = server.url("/").toString();
    server.close();
    HttpInstrumentCatalogue catalogue = new HttpInstrumentCatalogue(client, url, clock);

    assertThat(catalogue.current()).isEmpty();
  }

  @Test
  void credentialsInTheUrl_goInAHeaderAndNeverInTheDescription() throws Exception {
    answer(200, SitesJson.ONE_SITE);
    String url = server.url("/").newBuilder().username("reader").password("s3cret").build().toString();
    HttpInstrumentCatalogue catalogue = new HttpInstrumentCatalogue(client, url, clock);

    catalogue.current();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(Credentials.basic("reader", "s3cret"));
    assertThat(catalogue.description()).doesNotContain("s3cret").doesNotContain("reader");
    assertThat(catalogue.current().orElseThrow().description()).doesNotContain("s3cret");
  }
}
