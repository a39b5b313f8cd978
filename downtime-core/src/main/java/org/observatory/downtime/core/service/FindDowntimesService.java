package org.observatory.downtime.core.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimePage;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.port.in.FindDowntimesUseCase;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.query.DowntimeQuery;

/** Reads downtimes from the repository. */
public final class FindDowntimesService implements FindDowntimesUseCase {

  private final DowntimeRepository repository;

  public FindDowntimesService(DowntimeRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository");
  }

  @Override
  public Downtime get(long id) {
    return repository.findById(id).orElseThrow(() -> NotFoundException.downtime(id));
  }

  @Override
  public DowntimePage list(DowntimeQuery query) {
    return repository.find(query);
  }

  @Override
  public void forEach(DowntimeQuery query, Consumer<? super Downtime> action) {
    repository.forEach(query, action);
  }

  // The newest change time; a store never written to has the epoch, which any first write moves past.
  @Override
  public Optional<Instant> dataVersion() {
    return Optional.of(repository.lastModified().orElse(Instant.EPOCH));
  }
}
