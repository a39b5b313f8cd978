package org.observatory.downtime.core.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.observatory.downtime.core.model.Catalogue;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.DowntimeDraft;
import org.observatory.downtime.core.model.DowntimeExistsException;
import org.observatory.downtime.core.model.DowntimeRules;
import org.observatory.downtime.core.model.FieldErrors;
import org.observatory.downtime.core.model.ImportRow;
import org.observatory.downtime.core.model.PermissionDeniedException;
import org.observatory.downtime.core.model.User;
import org.observatory.downtime.core.model.ValidationException;
import org.observatory.downtime.core.port.in.ImportDowntimesUseCase;
import org.observatory.downtime.core.port.out.DowntimeRepository;
import org.observatory.downtime.core.port.out.InstrumentCatalogue;

/** Imports rows of a file all-or-nothing: each checked by the rules, exported ones restored with their ids. */
public final class ImportDowntimesService implements ImportDowntimesUseCase {

  static final String RESTORE_NEEDS_STAFF =
      "Only staff may import rows that carry an id (they restore other people's downtimes as they were).";

  private final DowntimeRepository repository;
  private final InstrumentCatalogue catalogue;
  private final WritePolicy policy;

  public ImportDowntimesService(DowntimeRepository repository, InstrumentCatalogue catalogue, WritePolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public List<Downtime> importAll(List<ImportRow> rows, User actor) {
    policy.checkCreate(actor);
    if (rows.stream().anyMatch(ImportRow::restores) && !actor.privileged()) {
      throw new PermissionDeniedException(RESTORE_NEEDS_STAFF);
    }
    Catalogue current = CatalogueGuard.require(catalogue);
    List<Downtime> restored = new ArrayList<>();
    List<DowntimeDraft> created = new ArrayList<>();
    Map<Long, Integer> rowOfId = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      ImportRow row = rows.get(i);
      try {
        DowntimeRules.validate(row.values(), current);
      } catch (ValidationException e) {
        throw refused(i + 1, e.getMessage());
      }
      if (row.restores()) {
        Integer earlier = rowOfId.putIfAbsent(row.restore().id(), i + 1);
        if (earlier != null) {
          throw refused(i + 1, "downtime " + row.restore().id() + " is also in row " + earlier);
        }
        restored.add(row.restore());
      } else {
        DowntimeDraft draft = row.draft();
        created.add(draft.createdBy().isEmpty() ? draft.withCreatedBy(actor.username()) : draft);
      }
    }
    List<Downtime> stored;
    try {
      stored = repository.restoreAll(restored, created, actor.username());
    } catch (DowntimeExistsException e) {
      Integer row = rowOfId.get(e.id());
      if (row == null) {
        throw e;
      }
      throw refused(row, e.getMessage());
    }
    return inRowOrder(rows, stored, restored.size());
  }

  // The store answers restored rows first, then created ones; the caller gets them back in file order.
  private static List<Downtime> inRowOrder(List<ImportRow> rows, List<Downtime> stored, int restoredCount) {
    List<Downtime> ordered = new ArrayList<>(rows.size());
    int nextRestored = 0;
    int nextCreated = restoredCount;
    for (ImportRow row : rows) {
      ordered.add(stored.get(row.restores() ? nextRestored++ : nextCreated++));
    }
    return List.copyOf(ordered);
  }

  private static ValidationException refused(int row, String reason) {
    return new ValidationException(Map.of(FieldErrors.NON_FIELD, List.of("Row " + row + ": " + reason)));
  }
}
