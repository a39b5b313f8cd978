package org.observatory.downtime.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.observatory.downtime.core.fixtures.Drafts.T0;
import static org.observatory.downtime.core.fixtures.Drafts.aDraft;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.observatory.downtime.core.fixtures.TestCatalogues;
import org.observatory.downtime.core.model.CatalogueUnavailableException;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.model.WriteAccess;
import org.observatory.downtime.core.port.out.DowntimeRepository;

class CreateDowntimeServiceTest {

  private static final User STAFF = new User("sam", true, false);

  private final DowntimeRepository repository = mock(DowntimeRepository.class);
  private final CreateDowntimeService service =
      new CreateDowntimeService(repository, TestCatalogues.fixed(), new WritePolicy(WriteAccess.STAFF));

  @Test
  void create_validDraft_isStoredWithTheActorAsCreator() {
    service.create(aDraft(), STAFF);

    verify(repository).create(aDraft().withCreatedBy("sam"), "sam");
  }

  @Test
  void create_invalidDraft_writesNothing() {
    assertThatThrownBy(() -> service.create(aDraft().withTimes(T0, T0), STAFF)).isInstanceOf(ValidationException.class);

    verifyNoInteractions(repository);
  }

  @Test
  void create_nonStaffUser_isRefusedBeforeValidation() {
    assertThatThrownBy(() -> service.create(aDraft().withTimes(T0, T0), new User("alice", false, false)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("You do not have permission to perform this action.");
  }

  @Test
  void create_withoutCatalogue_isUnavailable() {
    CreateDowntimeService blind = new CreateDowntimeService(repository, TestCatalogues.none(), new WritePolicy(WriteAccess.STAFF));

    assertThatThrownBy(() -> blind.create(aDraft(), STAFF)).isInstanceOf(CatalogueUnavailableException.class);
    verify(repository, never()).create(any(), anyString());
  }

  @Test
  void createAll_oneBadRow_namesItsPositionAndWritesNothing() {
    List<DowntimeDraft> drafts = List.of(aDraft(), aDraft().withReason("x".repeat(3001)), aDraft());

    assertThatThrownBy(() -> service.createAll(drafts, STAFF))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Row 2")
        .hasMessageContaining("reason: Ensure this field has no more than 3000 characters.");
    verify(repository, never()).createAll(anyList(), anyString());
  }

  @Test
  void createAll_validRows_areStoredTogether() {
    service.createAll(List.of(aDraft(), aDraft()), STAFF);

    verify(repository).createAll(List.of(aDraft().withCreatedBy("sam"), aDraft().withCreatedBy("sam")), "sam");
    assertThat(aDraft().createdBy()).isEmpty();
  }
}
