package org.observatory.downtime.core.port.in;

import java.util.List;
import org.observatory.downtime.core.model.Downtime;
import org.observatory.downtime.core.model.ImportRow;
import org.observatory.downtime.core.model.User;

/** Importing a file of downtimes: restoring exported ones with their ids and creating new ones, all-or-nothing. */
public interface ImportDowntimesUseCase {

  /**
   * Stores every row or none. Each row is checked against the rules and the current catalogue; rows that restore
   * keep their id, start, end, texts, {@code created}, {@code modified}, {@code createdBy} and series id exactly,
   * rows that create are numbered and stamped by the store ({@code createdBy} defaults to the actor). Restoring
   * needs a staff user (it writes other people's names and times); creating follows the write policy.
   *
   * @param rows the rows in file order
   * @return the stored downtimes in row order
   * @throws org.observatory.downtime.core.model.ValidationException with the first bad row as
   *         {@code "Row N: reason"} (invalid values, an id given twice, or an id already stored); nothing is written
   * @throws org.observatory.downtime.core.model.PermissionDeniedException when the actor may not create, or a row
   *         restores and the actor is not staff
   * @throws org.observatory.downtime.core.model.CatalogueUnavailableException when no catalogue is loaded
   */
  List<Downtime> importAll(List<ImportRow> rows, User actor);
}
