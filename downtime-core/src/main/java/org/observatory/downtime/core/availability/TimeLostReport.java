package org.observatory.downtime.core.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.observatory.downtime.core.model.Twilight;

/**
 * Dark time lost to downtimes over the nights of a range of local dates, by telescope, category or month.
 *
 * @param first    the first night's local date
 * @param last     the last night's local date, included
 * @param twilight how dark the nights are
 * @param group    how the rows are grouped
 * @param rows     the groups in key order
 * @param total    every group together
 */
public record TimeLostReport(LocalDate first, LocalDate last, Twilight twilight, Group group, List<TimeLostRow> rows,
                             TimeLostRow total) {

  /** The longest range one report covers, in nights. */
  public static final int MAX_NIGHTS = 1000;

  /** How the report's rows are grouped. */
  public enum Group {
    TELESCOPE, CATEGORY, MONTH;

    /** The name in the API: {@code telescope}, {@code category} or {@code month}. */
    public String apiName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public TimeLostReport {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(twilight, "twilight");
    Objects.requireNonNull(group, "group");
    rows = List.copyOf(rows);
    Objects.requireNonNull(total, "total");
  }
}
