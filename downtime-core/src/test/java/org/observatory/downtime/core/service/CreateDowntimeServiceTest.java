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
import org.observatory.downtime.core.model.DowntimeInput;
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
    service.create(DowntimeInput.of(aDraft()), STAFF);

    verify(repository).create(aDraft().withCreatedBy("sam"), "sam");
  }

  @Test
  void create_invalidDraft_writesNothing() {
    assertThatThrownBy(() -> service.create(DowntimeInput.of(aDraft().withTimes(T0, T0)), STAFF)).isInstanceOf(ValidationException.class);

    verifyNoInteractions(repository);
  }

  @Test
  void create_nonStaffUser_isRefusedBeforeValidation() {
    assertThatThrownBy(() -> service.create(DowntimeInput.of(aDraft().withTimes(T0, T0)), new User("alice", false, false)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("You do not have permission to perform this action.");
  }

  @Test
  void create_withoutCatalogue_isUnavailable() {
    CreateDowntimeService blind = new CreateDowntimeService(repository, TestCatalogues.none(), new WritePolicy(WriteAccess.STAFF));

    assertThatThrownBy(() -> blind.create(DowntimeInput.of(aDraft()), STAFF)).isInstanceOf(CatalogueUnavailableException.class);
    verify(repository, never()).create(any(), anyString());
  }

  @Test
  void create_nonStaffUser_isRefusedBeforeTheInputIsRead() {
    assertThatThrownBy(() -> service.create(() -> {
      throw new AssertionError("input read before authorisation");
    }, new User("alice", false, false))).isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void create_unreadableFields_reportsEveryOneWithCatalogueErrors() {
    DowntimeInput input = DowntimeInput.ofText(java.util.Map.of("start", "yesterday", "site", "nop",
        "enclosure", "clma", "telescope", "2m0a"));

    assertThatThrownBy(() -> service.create(input, STAFF))
        .isInstanceOfSatisfying(ValidationException.class, refusal -> assertThat(refusal.errors()).containsOnlyKeys(
            "start", "end", "site"));
    verifyNoInteractions(repository);
  }
}
