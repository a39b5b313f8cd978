package org.observatory.downtime.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** Creates downtimes after checking permission, the rules and the current catalogue. */
public final class CreateDowntimeService implements CreateDowntimeUseCase {

  private final DowntimeRepository repository;
  private final InstrumentCatalogue catalogue;
  private final WritePolicy policy;

  public CreateDowntimeService(DowntimeRepository repository, InstrumentCatalogue catalogue, WritePolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public Downtime create(DowntimeDraft draft, User actor) {
    policy.checkCreate(actor);
    DowntimeRules.validate(draft, CatalogueGuard.require(catalogue));
    return repository.create(withCreator(draft, actor), actor.username());
  }

  @Override
  public List<Downtime> createAll(List<DowntimeDraft> drafts, User actor) {
    policy.checkCreate(actor);
    Catalogue current = CatalogueGuard.require(catalogue);
    List<DowntimeDraft> checked = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      try {
        DowntimeRules.validate(drafts.get(i), current);
      } catch (ValidationException e) {
        throw new ValidationException(java.util.Map.of(FieldErrors.NON_FIELD,
            List.of("Row " + (i + 1) + ": " + e.getMessage())));
      }
      checked.add(withCreator(drafts.get(i), actor));
    }
    return repository.createAll(checked, actor.username());
  }

  private static DowntimeDraft withCreator(DowntimeDraft draft, User actor) {
    return draft.createdBy().isEmpty() ? draft.withCreatedBy(actor.username()) : draft;
  }
}
