package org.observatory.downtime.core.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which change events a webhook subscription is sent: those whose downtime is (or, on an update or deletion, was) at
 * the site, on the telescope and of the category given, and of one of the event types; an empty value matches any.
 *
 * @param site      site code, e.g. {@code ogg}
 * @param telescope telescope code, e.g. {@code 2m0a}
 * @param category  one of {@link Category#CODES}
 * @param types     the event types sent; empty sends every type
 */
public record WebhookFilter(Optional<String> site, Optional<String> telescope, Optional<String> category,
                            Set<ChangeEvent.Type> types) {

  /** Every event. */
  public static final WebhookFilter ALL =
      new WebhookFilter(Optional.empty(), Optional.empty(), Optional.empty(), Set.of());

  public WebhookFilter {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(telescope, "telescope");
    Objects.requireNonNull(category, "category");
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
  }

  /** The site, telescope and category terms: which downtimes' events, by the change feed's rule. */
  public ChangeFilter downtimes() {
    return new ChangeFilter(site, telescope, category);
  }

  /** Whether the event is one a subscription with this filter is sent. */
  public boolean matches(ChangeEvent event) {
    return (types.isEmpty() || types.contains(event.type())) && downtimes().matches(event);
  }
}
