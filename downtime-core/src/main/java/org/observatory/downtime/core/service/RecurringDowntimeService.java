package org.observatory.downtime.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeInput;
import org.observatory.downtime.core.model.DraftBinder;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.DowntimeSeries;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.NotFoundException;
import org.observatory.downtime.core.model.Recurrences;
import org.observatory.downtime.core.model.Timestamps;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;
import org.observatory.downtime.core.port.out.RecurrenceExpander;
import org.observatory.downtime.core.query.DowntimeQuery;
import org.observatory.downtime.core.query.SortField;
import org.observatory.downtime.core.query.SortKey;

/** Expands a recurrence rule into occurrences stored together, and reads and deletes series. */
public final class RecurringDowntimeService implements RecurringDowntimeUseCase {

  private final DowntimeRepository repository;
  private final InstrumentCatalogue catalogue;
  private final WritePolicy policy;
  private final RecurrenceExpander expander;

  public RecurringDowntimeService(DowntimeRepository repository, InstrumentCatalogue catalogue, WritePolicy policy,
                                  RecurrenceExpander expander) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.expander = Objects.requireNonNull(expander, "expander");
  }

  @Override
  public DowntimeSeries createSeries(Supplier<DowntimeInput> input, User actor) {
    policy.checkCreate(actor);
    DraftBinder.Recurring bound = DraftBinder.bindRecurring(input.get(), catalogue.current());
    DowntimeDraft first = bound.first();
    FieldErrors errors = new FieldErrors();
    try {
      DowntimeRules.validate(first, CatalogueGuard.require(catalogue));
    } catch (ValidationException refusal) {
      errors.addAll(refusal);
    }
    List<Instant> starts = List.of();
    try {
      starts = starts(first.start(), bound.rule());
    } catch (ValidationException refusal) {
      errors.addAll(refusal);
    }
    errors.throwIfAny();
    long seriesId = repository.nextSeriesId();
    Duration length = Duration.between(first.start(), first.end());
    String creator = actor.username();
    List<DowntimeDraft> drafts = new ArrayList<>(starts.size());
    for (Instant start : starts) {
      drafts.add(first.withTimes(start, start.plus(length)).withCreatedBy(creator).withSeriesId(seriesId));
    }
    return new DowntimeSeries(seriesId, repository.createAll(drafts, actor.username()));
  }

  @Override
  public DowntimeSeries series(long seriesId) {
    List<Downtime> occurrences = occurrences(seriesId);
    if (occurrences.isEmpty()) {
      throw notFound(seriesId);
    }
    return new DowntimeSeries(seriesId, occurrences);
  }

  @Override
  public List<Downtime> deleteSeries(long seriesId, Optional<Instant> from, User actor) {
    List<Downtime> occurrences = occurrences(seriesId);
    if (occurrences.isEmpty()) {
      throw notFound(seriesId);
    }
    List<Downtime> doomed = occurrences.stream()
        .filter(occurrence -> from.isEmpty() || !occurrence.start().isBefore(from.get()))
        .toList();
    doomed.forEach(occurrence -> policy.checkChange(actor, occurrence));
    if (doomed.isEmpty()) {
      return List.of();
    }
    return repository.delete(doomed.stream().map(Downtime::id).toList(), actor.username());
  }

  private List<Instant> starts(Instant first, String rule) {
    List<Instant> starts = expander.expand(rule, first, Recurrences.MAX_OCCURRENCES);
    if (starts.isEmpty()) {
      throw ValidationException.of(Recurrences.FIELD, Recurrences.NONE);
    }
    if (!Timestamps.truncate(starts.get(0)).equals(first)) {
      throw ValidationException.of(Recurrences.FIELD,
          Recurrences.notFirst(Timestamps.format(first), Timestamps.format(starts.get(0))));
    }
    if (starts.size() > Recurrences.MAX_OCCURRENCES) {
      throw ValidationException.of(Recurrences.FIELD, Recurrences.TOO_MANY);
    }
    return starts.stream().map(Timestamps::truncate).toList();
  }

  private List<Downtime> occurrences(long seriesId) {
    DowntimeQuery query = DowntimeQuery.builder().seriesId(seriesId)
        .order(SortKey.asc(SortField.START)).limit(DowntimeQuery.UNLIMITED).build();
    return repository.find(query).results();
  }

  private static NotFoundException notFound(long seriesId) {
    return new NotFoundException("No series with id " + seriesId);
  }
}
