package org.observatory.downtime.http.feature;

import java.util.Objects;
import org.observatory.downtime.core.port.in.AvailabilityUseCase;
import org.observatory.downtime.core.port.in.HistoryUseCase;
import org.observatory.downtime.core.port.in.RecurringDowntimeUseCase;

/**
 * The use cases behind the routes this service adds to the old API (history, series, availability), wired by the
 * composition root next to {@link org.observatory.downtime.http.HttpServices}.
 */
public record FeatureServices(HistoryUseCase history, RecurringDowntimeUseCase recurring,
                              AvailabilityUseCase availability) {

  public FeatureServices {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(recurring, "recurring");
    Objects.requireNonNull(availability, "availability");
  }
}
