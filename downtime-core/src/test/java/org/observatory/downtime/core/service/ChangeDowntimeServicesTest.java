package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.DowntimeRepository;

class ChangeDowntimeServicesTest {

  private static final User ALICE = new User("alice", false, false);
  private static final Downtime BOBS = new Downtime(7, T0, T0.plusSeconds(3600), "ogg", "clma", "2m0a", "", "old",
      T0, T0, "bob", 3L);

  private final DowntimeRepository repository = mock(DowntimeRepository.class);
  private final WritePolicy policy = new WritePolicy(WriteAccess.AUTHENTICATED);
  private final UpdateDowntimeService update = new UpdateDowntimeService(repository, TestCatalogues.fixed(), policy);
  private final DeleteDowntimeService delete = new DeleteDowntimeService(repository, policy);

  @Test
  void update_unknownId_isNotFound() {
    when(repository.findById(anyLong())).thenReturn(Optional.empty());

    assertThatThrownBy(() -> update.update(9, DowntimeInput.of(aDraft()), DraftBinder.Mode.REPLACE, ALICE)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void update_someoneElsesDowntime_isRefused() {
    when(repository.findById(7)).thenReturn(Optional.of(BOBS));

    assertThatThrownBy(() -> update.update(7, DowntimeInput.of(aDraft()), DraftBinder.Mode.REPLACE, ALICE)).isInstanceOf(PermissionDeniedException.class);
    verify(repository, never()).update(anyLong(), any(), anyString());
  }

  @Test
  void update_keepsCreatorAndSeries() {
    when(repository.findById(7)).thenReturn(Optional.of(BOBS));
    when(repository.update(anyLong(), any(), anyString())).thenReturn(Optional.of(BOBS));

    update.update(7, DowntimeInput.of(aDraft().withCreatedBy("mallory")), DraftBinder.Mode.REPLACE, new User("sam", true, false));

    verify(repository).update(7, aDraft().withCreatedBy("bob").withSeriesId(3L), "sam");
  }

  @Test
  void deleteAll_oneForbiddenRow_deletesNothing() {
    Downtime alices = new Downtime(8, T0, T0.plusSeconds(60), "ogg", "clma", "2m0a", "", "", T0, T0, "alice", null);
    when(repository.findById(8)).thenReturn(Optional.of(alices));
    when(repository.findById(7)).thenReturn(Optional.of(BOBS));

    assertThatThrownBy(() -> delete.deleteAll(List.of(8L, 7L), ALICE)).isInstanceOf(PermissionDeniedException.class);
    verify(repository, never()).delete(anyCollection(), anyString());
  }

  @Test
  void delete_ownDowntime_returnsWhatWasDeleted() {
    Downtime alices = new Downtime(8, T0, T0.plusSeconds(60), "ogg", "clma", "2m0a", "", "", T0, T0, "alice", null);
    when(repository.findById(8)).thenReturn(Optional.of(alices));
    when(repository.delete(List.of(8L), "alice")).thenReturn(List.of(alices));

    assertThat(delete.delete(8, ALICE)).isEqualTo(alices);
  }
}
