package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.observatory.downtime.core.fixtures.Drafts.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.availability.AvailabilityReport;
import org.observatory.downtime.core.availability.Interval;
import org.observatory.downtime.core.availability.TelescopeAvailability;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.query.DowntimeQuery;

class AvailabilityServiceTest {

  private static final Interval DAY = new Interval(T0, T0.plus(Duration.ofDays(1)));

  private final List<Downtime> stored = new ArrayList<>();
  private final DowntimeRepository repository = mock(DowntimeRepository.class);
  private final AvailabilityService service = new AvailabilityService(repository, TestCatalogues.fixed());

  AvailabilityServiceTest() {
    doAnswer(call -> {
      DowntimeQuery query = call.getArgument(0);
      Consumer<Downtime> action = call.getArgument(1);
      query.apply(stored).results().forEach(action);
      return null;
    }).when(repository).forEach(any(), any());
  }

  @Test
  void report_overlappingDowntimes_countOnce_andEveryTelescopeIsListed() {
    add("2m0a", "", 0, 4);
    add("2m0a", "", 2, 6);
    add("2m0a", "", -5, 1);

    AvailabilityReport report = service.report(DAY, DowntimeQuery.all());

    assertThat(report.telescopes()).extracting(TelescopeAvailability::key)
        .containsExactly("coj.doma.1m0a", "ogg.clma.0m4b", "ogg.clma.2m0a");
    TelescopeAvailability big = report.telescopes().get(2);
    assertThat(big.wholeTelescope().downHours()).isEqualTo(6.0);
    assertThat(big.wholeTelescope().fraction()).isEqualTo(0.25);
    assertThat(big.wholeTelescope().down()).containsExactly(new Interval(T0, T0.plus(Duration.ofHours(6))));
    assertThat(report.telescopes().get(0).wholeTelescope().downHours()).isZero();
  }

  @Test
  void report_instrumentTypeDowntimes_areReportedSeparately() {
    add("2m0a", "2M0-SCICAM-MUSCAT", 1, 3);
    add("2m0a", "", 10, 11);

    TelescopeAvailability big = service.report(DAY, DowntimeQuery.builder().telescope("2m0a").build())
        .telescopes().get(0);

    assertThat(big.wholeTelescope().downHours()).isEqualTo(1.0);
    assertThat(big.instrumentTypes()).singleElement().satisfies(instrument -> {
      assertThat(instrument.instrumentType()).isEqualTo("2M0-SCICAM-MUSCAT");
      assertThat(instrument.availability().downHours()).isEqualTo(2.0);
    });
  }

  @Test
  void report_siteFilter_listsOnlyThatSite() {
    assertThat(service.report(DAY, DowntimeQuery.builder().site("coj").build()).telescopes())
        .extracting(TelescopeAvailability::key).containsExactly("coj.doma.1m0a");
  }

  private void add(String telescope, String instrumentType, int fromHour, int toHour) {
    Instant start = T0.plus(Duration.ofHours(fromHour));
    stored.add(new Downtime(stored.size() + 1, start, T0.plus(Duration.ofHours(toHour)), "ogg", "clma", telescope,
        instrumentType, "", T0, T0, "", null));
  }
}
