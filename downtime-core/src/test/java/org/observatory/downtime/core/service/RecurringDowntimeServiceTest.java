package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.RecurrenceExpander;

class RecurringDowntimeServiceTest {

  private static final User STAFF = new User("sam", true, false);
  private static final User ALICE = new User("alice", false, false);

  private final DowntimeRepository repository = mock(DowntimeRepository.class);
  private final List<Instant> expansion = new ArrayList<>();
  private final RecurrenceExpander expander = (rule, first, limit) -> List.copyOf(expansion);
  private final RecurringDowntimeService service = new RecurringDowntimeService(repository, TestCatalogues.fixed(),
      new WritePolicy(WriteAccess.AUTHENTICATED), expander);

  @Test
  @SuppressWarnings("unchecked")
  void createSeries_storesEveryOccurrenceWithTheSameLengthAndSeries() {
    weekly(3);
    when(repository.nextSeriesId()).thenReturn(42L);
    when(repository.createAll(anyList(), anyString())).thenAnswer(call -> stored(call.getArgument(0)));

    var series = service.createSeries(DowntimeInput.of(aDraft()).withRecurrence("FREQ=WEEKLY;COUNT=3"), STAFF);

    ArgumentCaptor<List<DowntimeDraft>> drafts = ArgumentCaptor.forClass(List.class);
    verify(repository).createAll(drafts.capture(), any());
    assertThat(drafts.getValue()).extracting(DowntimeDraft::start).containsExactlyElementsOf(expansion);
    assertThat(drafts.getValue()).allSatisfy(draft -> {
      assertThat(Duration.between(draft.start(), draft.end())).isEqualTo(Duration.ofHours(2));
      assertThat(draft.seriesId()).isEqualTo(42L);
      assertThat(draft.createdBy()).isEqualTo("sam");
    });
    assertThat(series.id()).isEqualTo(42L);
    assertThat(series.occurrences()).hasSize(3);
  }

  @Test
  void createSeries_moreThanTheCap_isRefusedAndNothingStored() {
    weekly(Recurrences.MAX_OCCURRENCES + 1);

    assertThatThrownBy(() -> service.createSeries(DowntimeInput.of(aDraft()).withRecurrence("FREQ=DAILY;COUNT=5000"), STAFF))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.errors()).containsEntry("recurrence", List.of(Recurrences.TOO_MANY)));
    verify(repository, never()).createAll(anyList(), anyString());
  }

  @Test
  void createSeries_exactlyTheCap_isAccepted() {
    weekly(Recurrences.MAX_OCCURRENCES);
    when(repository.createAll(anyList(), anyString())).thenAnswer(call -> stored(call.getArgument(0)));

    assertThat(service.createSeries(DowntimeInput.of(aDraft()).withRecurrence("FREQ=DAILY;COUNT=1000"), STAFF).occurrences()).hasSize(1000);
  }

  @Test
  void createSeries_startNotAnOccurrence_isRefusedNamingTheFirstOne() {
    expansion.add(T0.plus(Duration.ofDays(1)));

    assertThatThrownBy(() -> service.createSeries(DowntimeInput.of(aDraft()).withRecurrence("FREQ=WEEKLY;BYDAY=WE;COUNT=2"), STAFF))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("recurrence").get(0))
            .contains("2026-12-01T10:00:00Z").contains("2026-12-02T10:00:00Z"));
  }

  @Test
  void createSeries_badDraftAndBlankRule_reportsBothFields() {
    assertThatThrownBy(() -> service.createSeries(DowntimeInput.of(aDraft().withReason("x".repeat(3001))).withRecurrence(" "), STAFF))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.errors()).containsKeys("reason", "recurrence"));
  }

  @Test
  void series_unknown_isNotFound() {
    when(repository.find(any())).thenReturn(new DowntimePage(0, List.of()));

    assertThatThrownBy(() -> service.series(9)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void deleteSeries_from_keepsEarlierOccurrences() {
    List<Downtime> occurrences = stored(IntStream.range(0, 4)
        .mapToObj(i -> aDraft(T0.plus(Duration.ofDays(7L * i)), 2).withSeriesId(5L).withCreatedBy("alice")).toList());
    when(repository.find(any())).thenReturn(new DowntimePage(4, occurrences));
    when(repository.delete(anyCollection(), anyString())).thenReturn(occurrences.subList(2, 4));

    service.deleteSeries(5, Optional.of(T0.plus(Duration.ofDays(14))), ALICE);

    verify(repository).delete(List.of(3L, 4L), "alice");
  }

  @Test
  void deleteSeries_someoneElsesOccurrence_deletesNothing() {
    List<Downtime> occurrences = stored(List.of(aDraft().withSeriesId(5L).withCreatedBy("bob")));
    when(repository.find(any())).thenReturn(new DowntimePage(1, occurrences));

    assertThatThrownBy(() -> service.deleteSeries(5, Optional.empty(), ALICE))
        .isInstanceOf(PermissionDeniedException.class);
    verify(repository, never()).delete(anyCollection(), anyString());
  }

  private void weekly(int count) {
    IntStream.range(0, count).forEach(i -> expansion.add(T0.plus(Duration.ofDays(7L * i))));
  }

  private static List<Downtime> stored(List<DowntimeDraft> drafts) {
    List<Downtime> result = new ArrayList<>();
    for (DowntimeDraft d : drafts) {
      result.add(new Downtime(result.size() + 1, d.start(), d.end(), d.site(), d.enclosure(), d.telescope(),
          d.instrumentType(), d.reason(), T0, T0, d.createdBy(), d.seriesId()));
    }
    return result;
  }
}
