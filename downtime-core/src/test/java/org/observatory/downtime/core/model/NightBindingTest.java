package org.observatory.downtime.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A write given as a night: the binder turns it into that night's darkness at the downtime's site. */
class NightBindingTest {

  private static final Instant DUSK = Instant.parse("2026-12-04T04:10:00Z");
  private static final Instant DAWN = Instant.parse("2026-12-04T16:40:00Z");

  // ogg is dark from dusk to dawn (astronomical: an hour less at each end); coj has polar day; cit has no coordinates.
  private static final NightTimes NIGHTS = (site, request) -> switch (site) {
    case "ogg" -> request.twilight() == Twilight.ASTRONOMICAL
        ? Night.dark(request.night(), DUSK.plusSeconds(3600), DAWN.minusSeconds(3600))
        : Night.dark(request.night(), DUSK, DAWN);
    case "coj" -> Night.withoutDarkness(request.night());
    default -> throw ValidationException.of("night", "no coordinates at " + site);
  };

  private static DowntimeDraft bind(Map<String, String> fields) {
    return DraftBinder.bind(DowntimeInput.ofText(fields), DraftBinder.Mode.CREATE, null, Optional.empty(), NIGHTS);
  }

  private static Map<String, String> night(String site, String date) {
    Map<String, String> fields = new HashMap<>(Map.of("site", site, "enclosure", "clma", "telescope", "2m0a"));
    fields.put("night", date);
    return fields;
  }

  private static Map<String, List<String>> refusal(Map<String, String> fields) {
    try {
      bind(fields);
    } catch (ValidationException refused) {
      return refused.errors();
    }
    throw new AssertionError("accepted " + fields);
  }

  @Test
  void bind_night_runsFromDuskToDawnAtTheSite() {
    DowntimeDraft draft = bind(night("ogg", "2026-12-03"));

    assertThat(draft.start()).isEqualTo(DUSK);
    assertThat(draft.end()).isEqualTo(DAWN);
  }

  @Test
  void bind_nightWithTwilight_usesThatDarkness() {
    Map<String, String> fields = night("ogg", "2026-12-03");
    fields.put("twilight", "astronomical");

    assertThat(bind(fields).start()).isEqualTo(DUSK.plusSeconds(3600));
  }

  @Test
  void bind_nightAndStart_isRefusedUnderNight() {
    Map<String, String> fields = night("ogg", "2026-12-03");
    fields.put("start", "2026-12-03T10:00:00Z");

    assertThat(refusal(fields)).isEqualTo(Map.of("night", List.of(NightBinding.WITH_TIMES)));
  }

  @Test
  void bind_polarDay_isRefusedWithAClearMessage() {
    assertThat(refusal(night("coj", "2026-12-03")).get("night")).singleElement().asString()
        .contains("has no darkness at coj").contains("polar day");
  }

  @Test
  void bind_siteWithoutCoordinates_badDateOrBadTwilight_areRefusedUnderTheirFields() {
    Map<String, String> twilight = night("ogg", "2026-12-03");
    twilight.put("twilight", "dusk");

    assertThat(refusal(night("cit", "2026-12-03"))).containsOnlyKeys("night");
    assertThat(refusal(night("ogg", "3 Dec"))).isEqualTo(Map.of("night", List.of(NightRequest.INVALID_DATE)));
    assertThat(refusal(twilight)).containsOnlyKeys("twilight");
  }

  @Test
  void bind_withoutNightTimes_ignoresTheNightAsBefore() {
    assertThatThrownBy(() -> DraftBinder.bind(DowntimeInput.ofText(night("ogg", "2026-12-03")),
        DraftBinder.Mode.CREATE, null, Optional.empty()))
        .isInstanceOfSatisfying(ValidationException.class,
            refused -> assertThat(refused.errors()).containsOnlyKeys("start", "end"));
  }
}
