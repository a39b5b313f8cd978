package org.observatory.downtime.core.service;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.CreateDowntimeUseCase;
import org.observatory.downtime.core.port.out.DarknessCalculator;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** Creates downtimes: authorise the actor, read the input, check the rules against the current catalogue, store. */
public final class CreateDowntimeService implements CreateDowntimeUseCase {

  private final DowntimeRepository repository;
  private final InstrumentCatalogue catalogue;
  private final WritePolicy policy;
  private final DarknessCalculator darkness;

  public CreateDowntimeService(DowntimeRepository repository, InstrumentCatalogue catalogue, WritePolicy policy) {
    this(repository, catalogue, policy, null);
  }

  /** With a darkness calculator, a write may give a {@code night} in place of start and end. */
  public CreateDowntimeService(DowntimeRepository repository, InstrumentCatalogue catalogue, WritePolicy policy,
      DarknessCalculator darkness) {
    this.darkness = darkness;
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public Downtime create(Supplier<DowntimeInput> input, User actor) {
    policy.checkCreate(actor);
    Optional<Catalogue> loaded = catalogue.current();
    DowntimeDraft draft = DraftBinder.bind(input.get(), DraftBinder.Mode.CREATE, null, loaded,
        SiteNights.of(loaded, darkness));
    Catalogue current = CatalogueGuard.require(catalogue);
    DowntimeRules.validate(draft, current);
    return repository.create(draft.withCreatedBy(actor.username()), actor.username());
  }
}
