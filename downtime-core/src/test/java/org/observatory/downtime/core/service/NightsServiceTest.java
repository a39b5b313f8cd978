package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.availability.NightLosses;
import org.observatory.downtime.core.availability.NightsReport;
import org.observatory.downtime.core.fixtures.InMemoryDowntimeRepository;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.Night;
import org.observatory.downtime.core.model.Twilight;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.out.DarknessCalculator;
import org.observatory.downtime.core.query.FilterTerms;
import org.observatory.downtime.core.model.NightRequest;
import org.observatory.downtime.core.query.SiteWindow;

/** Nights resolved into darkness at each site, and the night terms every adapter reads. */
class NightsServiceTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

  // Dark from solar noon + 6 h for 10 h, except south of the equator, where it is polar day.
  private static final DarknessCalculator FAKE = (site, date, twilight) -> {
    Instant noon = site.solarNoon(date);
    return site.latitude() < 0 ? Night.withoutDarkness(date)
        : Night.dark(date, noon.plusSeconds(6 * 3600), noon.plusSeconds(16 * 3600));
  };

  private final NightsService nights = new NightsService(new InMemoryDowntimeRepository(),
      TestCatalogues.fixed(TestCatalogues.withGeography()), FAKE);

  @Test
  void darkness_everySite_givesOneWindowPerDarkSite() {
    List<SiteWindow> windows = nights.darkness(new NightRequest(DATE, Twilight.SUNSET), Set.of(), "night");

    Instant noon = TestCatalogues.withGeography().site("ogg").orElseThrow().geography().orElseThrow().solarNoon(DATE);
    assertThat(windows).containsExactly(new SiteWindow("ogg", noon.plusSeconds(6 * 3600), noon.plusSeconds(16 * 3600)));
  }

  @Test
  void darkness_siteWithoutCoordinates_isRefusedUnderTheField() {
    NightsService withoutGeography = new NightsService(new InMemoryDowntimeRepository(),
        TestCatalogues.fixed(), FAKE);

    assertThatThrownBy(() -> withoutGeography.darkness(new NightRequest(DATE, Twilight.SUNSET), Set.of("ogg"),
        "night"))
        .isInstanceOfSatisfying(ValidationException.class, refusal -> assertThat(refusal.errors()).isEqualTo(Map.of(
            "night", List.of("Site \"ogg\" has no coordinates (lat, long) in the catalogue, so its nights cannot be "
                + "computed."))));
  }

  @Test
  void night_terms_readTheDateAndTwilight_andRefuseEachUnderItsName() {
    FieldErrors good = new FieldErrors();
    FieldErrors bad = new FieldErrors();

    Optional<NightRequest> read = FilterTerms.night(good, "night", "2026-11-28", "night_twilight", "", Twilight.SUNSET);
    Optional<NightRequest> refused = FilterTerms.night(bad, "night", "28/11/2026", "night_twilight", "dusk",
        Twilight.SUNSET);

    assertThat(good.isEmpty()).isTrue();
    assertThat(read).contains(new NightRequest(DATE, Twilight.SUNSET));
    assertThat(refused).isEmpty();
    assertThatThrownBy(bad::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
        refusal -> assertThat(refusal.errors()).containsOnlyKeys("night", "night_twilight"));
  }

  @Test
  void nights_countsMergedWholeTelescopeHours_andInstrumentHoursApart() {
    InMemoryDowntimeRepository store = new InMemoryDowntimeRepository();
    NightsService service = new NightsService(store, TestCatalogues.fixed(TestCatalogues.withGeography()), FAKE);
    Instant dusk = TestCatalogues.withGeography().site("ogg").orElseThrow().geography().orElseThrow()
        .solarNoon(DATE).plusSeconds(6 * 3600);
    long first = store.create(DowntimeDraft.of(dusk.minusSeconds(3600), dusk.plusSeconds(2 * 3600), "ogg", "clma",
        "2m0a"), "ada").id();
    long overlapping = store.create(DowntimeDraft.of(dusk.plusSeconds(3600), dusk.plusSeconds(3 * 3600), "ogg",
        "clma", "2m0a"), "ada").id();
    long instrument = store.create(DowntimeDraft.of(dusk, dusk.plusSeconds(1800), "ogg", "clma", "0m4b")
        .withInstrumentType("0M4-SCICAM-SBIG"), "ada").id();
    store.create(DowntimeDraft.of(dusk.plusSeconds(12 * 3600), dusk.plusSeconds(13 * 3600), "ogg", "clma", "2m0a"),
        "ada");

    NightsReport report = service.nights("ogg", DATE, DATE.plusDays(1), Twilight.ASTRONOMICAL, Set.of());

    assertThat(report.nights()).hasSize(2);
    NightLosses night = report.nights().get(0);
    assertThat(night.night().darkHours()).isEqualTo(10.0);
    assertThat(night.downtimes()).containsExactly(first, overlapping, instrument);
    assertThat(night.darkHoursLost()).isEqualTo(Map.of("ogg.clma.2m0a", 3.0));
    assertThat(night.instrumentHoursLost()).isEqualTo(Map.of("ogg.clma.0m4b", 0.5));
    assertThat(report.nights().get(1).darkHoursLost()).isEmpty();
  }

  @Test
  void nights_badSiteOrRange_isRefusedUnderTheFields() {
    assertThatThrownBy(() -> nights.nights("nop", DATE, DATE.plusDays(400), Twilight.SUNSET, Set.of()))
        .isInstanceOfSatisfying(ValidationException.class,
            refusal -> assertThat(refusal.errors()).containsOnlyKeys("site", "end"));
    assertThatThrownBy(() -> nights.nights("coj", DATE, DATE.minusDays(1), Twilight.SUNSET, Set.of()))
        .isInstanceOfSatisfying(ValidationException.class,
            refusal -> assertThat(refusal.errors()).containsOnlyKeys("end"));
  }
}
