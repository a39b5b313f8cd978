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
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.port.in.UpdateDowntimeUseCase;
import org.observatory.downtime.core.port.out.DarknessCalculator;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** Changes a stored downtime: load it, authorise the actor, apply the input, check the rules, store. */
public final class UpdateDowntimeService implements UpdateDowntimeUseCase {

  private final DowntimeRepository repository;
  private final InstrumentCatalogue catalogue;
  private final WritePolicy policy;
  private final DarknessCalculator darkness;

  public UpdateDowntimeService(DowntimeRepository repository, InstrumentCatalogue catalogue, WritePolicy policy) {
    this(repository, catalogue, policy, null);
  }

  /** With a darkness calculator, a write may give a {@code night} in place of start and end. */
  public UpdateDowntimeService(DowntimeRepository repository, InstrumentCatalogue catalogue, WritePolicy policy,
      DarknessCalculator darkness) {
    this.darkness = darkness;
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public Downtime update(long id, Supplier<DowntimeInput> input, DraftBinder.Mode mode, User actor) {
    if (mode == DraftBinder.Mode.CREATE) {
      throw new IllegalArgumentException("an update replaces or merges; it does not create");
    }
    Downtime existing = repository.findById(id).orElseThrow(() -> NotFoundException.downtime(id));
    policy.checkChange(actor, existing);
    Optional<Catalogue> loaded = catalogue.current();
    DowntimeDraft values = DraftBinder.bind(input.get(), mode, existing.toDraft(), loaded,
        SiteNights.of(loaded, darkness));
    DowntimeRules.validate(values, CatalogueGuard.require(catalogue));
    // The creator and the series are facts about the past: a change never rewrites them.
    DowntimeDraft kept = values.withCreatedBy(existing.createdBy()).withSeriesId(existing.seriesId());
    return repository.update(id, kept, actor.username()).orElseThrow(() -> NotFoundException.downtime(id));
  }
}
