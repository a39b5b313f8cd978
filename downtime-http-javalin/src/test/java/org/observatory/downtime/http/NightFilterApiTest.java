package org.observatory.downtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.observatory.downtime.http.TestServer.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.SiteGeography;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.sun.SuncalcDarknessCalculator;

/** {@code GET /api/?night=…}: downtimes overlapping that night's darkness at their own site, over a real port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightFilterApiTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

  private TestServer server;
  private Night ogg;
  private Night coj;
  private long oggInTheDark;
  private long oggAtDusk;
  private long oggInDaylight;
  private long cojInOggsNight;
  private long cojInTheDark;

  @BeforeAll
  void start() {
    server = TestServer.start(WriteAccess.STAFF, TestCatalogues.fixed(TestCatalogues.withGeography()));
    SuncalcDarknessCalculator sun = new SuncalcDarknessCalculator();
    ogg = sun.night(geography("ogg"), DATE, Twilight.SUNSET);
    coj = sun.night(geography("coj"), DATE, Twilight.SUNSET);
    Instant oggDark = ogg.darkStart().orElseThrow();
    Instant cojDark = coj.darkStart().orElseThrow();
    oggInTheDark = seed("ogg", "clma", "2m0a", oggDark.plusSeconds(3600), 2);
    oggAtDusk = seed("ogg", "clma", "0m4b", oggDark.minusSeconds(3600), 1);
    oggInDaylight = seed("ogg", "clma", "2m0a", ogg.darkEnd().orElseThrow().plusSeconds(3600), 2);
    cojInOggsNight = seed("coj", "doma", "1m0a", oggDark.plusSeconds(3600), 1);
    cojInTheDark = seed("coj", "doma", "1m0a", cojDark.plusSeconds(600), 1);
  }

  private static SiteGeography geography(String site) {
    return TestCatalogues.withGeography().site(site).orElseThrow().geography().orElseThrow();
  }

  private long seed(String site, String enclosure, String telescope, Instant start, int hours) {
    return server.seed(DowntimeDraft.of(start, start.plusSeconds(hours * 3600L), site, enclosure, telescope)).id();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void list_night_answersWhatOverlapsTheDarknessAtEachDowntimesOwnSite() {
    HttpResponse<String> response = server.get("/api/?night=2026-11-28&order=start");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response).get("results").findValues("id")).extracting(node -> node.asLong())
        .containsExactlyInAnyOrder(oggInTheDark, oggAtDusk, cojInTheDark)
        .doesNotContain(oggInDaylight, cojInOggsNight);
  }

  @Test
  void list_nightWithSiteAndTwilight_combinesWithTheUsualFilters() {
    HttpResponse<String> sunset = server.get("/api/?night=2026-11-28&site=ogg&telescope=0m4b");
    HttpResponse<String> astronomical = server.get("/api/?night=2026-11-28&site=ogg&telescope=0m4b"
        + "&night_twilight=astronomical");

    // The dusk downtime ends when the sun sets: in the dark for sunset, still in twilight for astronomical.
    assertThat(json(sunset).get("count").asInt()).isEqualTo(1);
    assertThat(json(astronomical).get("count").asInt()).isZero();
  }

  @Test
  void list_badNightOrTwilight_400NamingTheParameter() {
    HttpResponse<String> night = server.get("/api/?night=28-11-2026");
    HttpResponse<String> twilight = server.get("/api/?night=2026-11-28&night_twilight=dusk");

    assertThat(night.statusCode()).isEqualTo(400);
    assertThat(night.body()).isEqualTo("{\"night\":[\"Enter a valid date: YYYY-MM-DD.\"]}");
    assertThat(twilight.statusCode()).isEqualTo(400);
    assertThat(twilight.body()).isEqualTo("{\"night_twilight\":[\"\\\"dusk\\\" is not a valid choice; use one of "
        + "sunset, civil, nautical, astronomical.\"]}");
  }

  @Test
  void list_nightAtASiteWithoutCoordinates_400NamingNight() {
    try (TestServer plain = TestServer.start()) {
      HttpResponse<String> response = plain.get("/api/?night=2026-11-28&site=coj");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"night\":[\"Site \\\"coj\\\" has no coordinates (lat, long) in the "
          + "catalogue, so its nights cannot be computed.\"]}");
    }
  }
}
