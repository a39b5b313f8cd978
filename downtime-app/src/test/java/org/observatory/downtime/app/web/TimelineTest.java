package org.observatory.downtime.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.http.web.Timeline;
import org.observatory.downtime.http.web.TimelineChart;

class TimelineTest {

  private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant TO = FROM.plus(Duration.ofDays(14));

  @Test
  void draw_rowPerTelescope_sortedAndIncludingTelescopesWithoutDowntime() {
    TimelineChart chart = Timeline.draw(List.of("ogg.clma.2m0a", "coj.doma.1m0a"),
        List.of(downtime(1, "tfn.aqwa.0m4a", "", FROM, 2)), FROM, TO, FROM);

    assertThat(chart.rows()).extracting(TimelineChart.Row::label)
        .containsExactly("coj.doma.1m0a", "ogg.clma.2m0a", "tfn.aqwa.0m4a");
    assertThat(chart.rows().get(1).y()).isGreaterThan(chart.rows().get(0).y());
  }

  @Test
  void draw_barSpansItsTimes_proportionally() {
    Downtime first = downtime(1, "ogg.clma.2m0a", "", FROM, 24 * 7);

    TimelineChart.Bar bar = Timeline.draw(List.of(), List.of(first), FROM, TO, FROM).bars().get(0);

    double plot = 1000 - 130 - 10;
    assertThat(bar.x()).isEqualTo(130.0);
    assertThat(bar.width()).isCloseTo(plot / 2, org.assertj.core.data.Offset.offset(0.2));
  }

  @Test
  void draw_downtimePartlyOutsideWindow_isClippedToThePlot() {
    Downtime long_ = downtime(1, "ogg.clma.2m0a", "", FROM.minus(Duration.ofDays(30)), 24 * 60);

    TimelineChart.Bar bar = Timeline.draw(List.of(), List.of(long_), FROM, TO, FROM).bars().get(0);

    assertThat(bar.x()).isEqualTo(130.0);
    assertThat(bar.x() + bar.width()).isEqualTo(990.0);
  }

  @Test
  void draw_instrumentLevelDowntime_isMarkedAndDrawnApart() {
    TimelineChart chart = Timeline.draw(List.of(), List.of(downtime(1, "ogg.clma.2m0a", "", FROM, 2),
        downtime(2, "ogg.clma.2m0a", "2M0-SCICAM-MUSCAT", FROM, 2)), FROM, TO, FROM);

    TimelineChart.Bar whole = chart.bars().get(0);
    TimelineChart.Bar instrument = chart.bars().get(1);
    assertThat(whole.instrumentLevel()).isFalse();
    assertThat(instrument.instrumentLevel()).isTrue();
    assertThat(instrument.height()).isLessThan(whole.height());
    assertThat(instrument.title()).contains("2M0-SCICAM-MUSCAT");
    assertThat(whole.title()).contains("whole telescope");
  }

  @Test
  void draw_shortDowntime_keepsAVisibleWidth() {
    Downtime minute = new Downtime(1, FROM, FROM.plusSeconds(60), "ogg", "clma", "2m0a", "", "", FROM, FROM, "", null);

    assertThat(Timeline.draw(List.of(), List.of(minute), FROM, TO, FROM).bars().get(0).width()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void draw_titleCarriesReasonAndUtcTimes() {
    TimelineChart.Bar bar = Timeline.draw(List.of(), List.of(downtime(1, "ogg.clma.2m0a", "", FROM, 2)), FROM, TO, FROM)
        .bars().get(0);

    assertThat(bar.title()).contains("Mirror recoat").contains("2026-12-01T00:00:00Z").contains("2026-12-01T02:00:00Z")
        .contains("UTC");
  }

  @Test
  void draw_downtimeOutsideWindow_getsNoBar() {
    TimelineChart chart = Timeline.draw(List.of(), List.of(downtime(1, "ogg.clma.2m0a", "", TO.plusSeconds(3600), 2)),
        FROM, TO, FROM);

    assertThat(chart.bars()).isEmpty();
    assertThat(chart.rows()).hasSize(1);
  }

  @Test
  void draw_nowInsideWindow_isMarked_andOutsideIsNot() {
    Instant now = FROM.plus(Duration.ofDays(7));

    TimelineChart inside = Timeline.draw(List.of("ogg.clma.2m0a"), List.of(), FROM, TO, now);
    TimelineChart outside = Timeline.draw(List.of("ogg.clma.2m0a"), List.of(), FROM, TO, TO.plusSeconds(1));

    assertThat(inside.showNow()).isTrue();
    assertThat(inside.nowX()).isEqualTo(560.0);
    assertThat(outside.showNow()).isFalse();
  }

  @Test
  void draw_ticks_markDaysWithoutCrowding() {
    TimelineChart twoWeeks = Timeline.draw(List.of(), List.of(), FROM, TO, FROM);
    TimelineChart year = Timeline.draw(List.of(), List.of(), FROM, FROM.plus(Duration.ofDays(365)), FROM);

    assertThat(twoWeeks.ticks()).first().extracting(TimelineChart.Tick::label).isEqualTo("Dec 1");
    assertThat(twoWeeks.ticks()).hasSizeBetween(7, 15);
    assertThat(year.ticks().size()).isLessThanOrEqualTo(11);
  }

  @Test
  void draw_emptyWindow_isRefused() {
    assertThatThrownBy(() -> Timeline.draw(List.of(), List.of(), FROM, FROM, FROM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Downtime downtime(long id, String key, String instrument, Instant start, long hours) {
    String[] parts = key.split("\\.");
    return new Downtime(id, start, start.plus(Duration.ofHours(hours)), parts[0], parts[1], parts[2], instrument,
        "Mirror recoat", FROM, FROM, "", null);
  }
}
