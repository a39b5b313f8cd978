package org.observatory.downtime.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A write's {@code night} and {@code twilight} as {@link DraftBinder} reads them, errors collected under each. */
final class NightBinding {

  static final String WITH_TIMES = "Give either night or start and end, not both.";

  private final NightRequest request;

  private NightBinding(NightRequest request) {
    this.request = request;
  }

  /** Reads the night of an input whose night is given; errors go into {@code collected}. */
  static NightBinding read(DowntimeInput input, Map<String, List<String>> collected) {
    if (input.start() != null || input.end() != null) {
      add(collected, NightRequest.FIELD, WITH_TIMES);
    }
    RawValue date = input.night();
    Optional<java.time.LocalDate> night = date.isText() ? NightRequest.parseDate(date.text().strip())
        : Optional.empty();
    if (night.isEmpty()) {
      add(collected, NightRequest.FIELD, NightRequest.INVALID_DATE);
    }
    RawValue name = input.twilight();
    Optional<Twilight> twilight = name == null || name.isBlank() ? Optional.of(Twilight.SUNSET)
        : name.isText() ? Twilight.byApiName(name.text().strip()) : Optional.empty();
    if (twilight.isEmpty()) {
      add(collected, Twilight.FIELD, "\"" + name.text() + "\" is not a valid choice; use one of sunset, civil, "
          + "nautical, astronomical.");
    }
    return new NightBinding(night.isPresent() && twilight.isPresent()
        ? new NightRequest(night.get(), twilight.get()) : null);
  }

  /** The night's darkness at the site, or empty with the refusal added (no darkness, no coordinates). */
  Optional<Night> resolve(NightTimes nights, String site, Map<String, List<String>> collected) {
    try {
      Night night = nights.night(site, request);
      if (!night.isDark()) {
        add(collected, NightRequest.FIELD, "The night of " + request.night() + " has no darkness at " + site
            + " (twilight " + request.twilight().apiName() + "): the sun stays above "
            + request.twilight().altitude() + "° all night (polar day).");
        return Optional.empty();
      }
      return Optional.of(night);
    } catch (ValidationException refusal) {
      refusal.errors().forEach((field, messages) -> messages.forEach(message -> add(collected, field, message)));
      return Optional.empty();
    }
  }

  private static void add(Map<String, List<String>> collected, String field, String message) {
    collected.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
  }
}
