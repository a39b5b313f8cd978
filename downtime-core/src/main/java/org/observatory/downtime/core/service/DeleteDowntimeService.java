package org.observatory.downtime.core.service;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.DeleteDowntimeUseCase;
import org.observatory.downtime.core.port.out.DowntimeRepository;

/** Deletes downtimes after checking permission on each. */
public final class DeleteDowntimeService implements DeleteDowntimeUseCase {

  private final DowntimeRepository repository;
  private final WritePolicy policy;

  public DeleteDowntimeService(DowntimeRepository repository, WritePolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public Downtime delete(long id, User actor) {
    Downtime existing = repository.findById(id).orElseThrow(() -> NotFoundException.downtime(id));
    policy.checkChange(actor, existing);
    return repository.delete(List.of(id), actor.username()).stream().findFirst()
        .orElseThrow(() -> NotFoundException.downtime(id));
  }

  @Override
  public List<Downtime> deleteAll(Collection<Long> ids, User actor) {
    for (Long id : ids) {
      repository.findById(id).ifPresent(existing -> policy.checkChange(actor, existing));
    }
    return repository.delete(ids, actor.username());
  }
}
