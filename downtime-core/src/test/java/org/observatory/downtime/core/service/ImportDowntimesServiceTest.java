package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeExistsException;
import org.observatory.downtime.core.model.ImportRow;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.DowntimeRepository;

class ImportDowntimesServiceTest {

  private static final User STAFF = new User("sam", true, false);
  private static final Instant CREATED = Instant.parse("2025-01-02T03:04:05.678901Z");

  private final DowntimeRepository repository = mock(DowntimeRepository.class);
  private final ImportDowntimesService service =
      new ImportDowntimesService(repository, TestCatalogues.fixed(), new WritePolicy(WriteAccess.AUTHENTICATED));

  @Test
  void importAll_restoresExportedRowsAsTheyAre_andCreatesTheOthersWithTheActorAsCreator() {
    Downtime exported = stored(123, aDraft().withCreatedBy("ada").withSeriesId(9L));
    DowntimeDraft fresh = aDraft(T0.plusSeconds(3600), 1);
    Downtime freshStored = stored(124, fresh.withCreatedBy("sam"));
    when(repository.restoreAll(List.of(exported), List.of(fresh.withCreatedBy("sam")), "sam"))
        .thenReturn(List.of(exported, freshStored));

    List<Downtime> imported = service.importAll(List.of(ImportRow.create(fresh), ImportRow.restore(exported)), STAFF);

    assertThat(imported).containsExactly(freshStored, exported);
  }

  @Test
  void importAll_invalidRow_namesItsRow_andWritesNothing() {
    List<ImportRow> rows = List.of(ImportRow.create(aDraft()), ImportRow.restore(stored(5, aDraft().withTimes(T0, T0))));

    assertThatThrownBy(() -> service.importAll(rows, STAFF)).isInstanceOf(ValidationException.class)
        .hasMessage("non_field_errors: Row 2: non_field_errors: End time must be after start time");
    verifyNoInteractions(repository);
  }

  @Test
  void importAll_sameIdTwice_isRefusedAtTheSecondRow() {
    List<ImportRow> rows = List.of(ImportRow.restore(stored(7, aDraft())), ImportRow.create(aDraft()),
        ImportRow.restore(stored(7, aDraft())));

    assertThatThrownBy(() -> service.importAll(rows, STAFF))
        .hasMessage("non_field_errors: Row 3: downtime 7 is also in row 1");
    verifyNoInteractions(repository);
  }

  @Test
  void importAll_idAlreadyStored_namesTheRowOfThatId() {
    when(repository.restoreAll(anyList(), anyList(), anyString())).thenThrow(new DowntimeExistsException(123));
    List<ImportRow> rows = List.of(ImportRow.create(aDraft()), ImportRow.restore(stored(122, aDraft())),
        ImportRow.restore(stored(123, aDraft())));

    assertThatThrownBy(() -> service.importAll(rows, STAFF))
        .hasMessage("non_field_errors: Row 3: downtime 123 already exists");
  }

  @Test
  void importAll_restoringAsNonStaff_isRefused_evenWhenAnyoneMayCreate() {
    User alice = new User("alice", false, false);
    List<ImportRow> rows = List.of(ImportRow.restore(stored(1, aDraft())));

    assertThatThrownBy(() -> service.importAll(rows, alice)).isInstanceOf(PermissionDeniedException.class);
    verifyNoInteractions(repository);
  }

  @Test
  void importAll_newRowsOnly_followTheWritePolicy() {
    when(repository.restoreAll(anyList(), anyList(), anyString())).thenReturn(List.of(stored(1, aDraft())));

    service.importAll(List.of(ImportRow.create(aDraft())), new User("alice", false, false));

    verify(repository).restoreAll(List.of(), List.of(aDraft().withCreatedBy("alice")), "alice");
  }

  private static Downtime stored(long id, DowntimeDraft values) {
    return new Downtime(id, values.start(), values.end(), values.site(), values.enclosure(), values.telescope(),
        values.instrumentType(), values.reason(), CREATED, CREATED.plusSeconds(60), values.createdBy(),
        values.seriesId());
  }
}
